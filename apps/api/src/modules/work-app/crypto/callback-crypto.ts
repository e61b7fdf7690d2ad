import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The work app pads to 32-byte blocks (PKCS#7 with a block of 32, not AES's 16). */
const PAD_BLOCK = 32;

export class CallbackCryptoError extends Error {}

/**
 * The callback scheme of 企业微信 / 政务微信 (their "加解密方案"):
 * msg_signature = sha1 of the sorted strings [token, timestamp, nonce, encrypt], joined without separator;
 * encrypt = base64(AES-256-CBC(key = base64decode(EncodingAESKey + "="), IV = key[0..16], no auto padding)
 * of 16 random bytes + 4-byte big-endian length + message + receiveid (the corp id)), PKCS#7 padded to 32.
 */
export class CallbackCrypto {
  private readonly key: Buffer;

  constructor(
    private readonly token: string,
    encodingAesKey: string,
    private readonly receiveId: string,
  ) {
    if (encodingAesKey.length !== 43) throw new CallbackCryptoError('EncodingAESKey must be 43 characters');
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (this.key.length !== 32) throw new CallbackCryptoError('EncodingAESKey is not base64 of 32 bytes');
  }

  signature(timestamp: string, nonce: string, encrypted: string): string {
    return createHash('sha1').update([this.token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
  }

  /** Whether the signature is the one our token gives; compared in constant time. */
  isSigned(signature: string, timestamp: string, nonce: string, encrypted: string): boolean {
    const expected = Buffer.from(this.signature(timestamp, nonce, encrypted));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length, 0);
    const plain = Buffer.concat([random, length, body, Buffer.from(this.receiveId, 'utf8')]);
    const padding = PAD_BLOCK - (plain.length % PAD_BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    cipher.setAutoPadding(false);
    return Buffer.concat([
      cipher.update(Buffer.concat([plain, Buffer.alloc(padding, padding)])),
      cipher.final(),
    ]).toString('base64');
  }

  /** The message inside; refuses anything not encrypted with our key for our corp. */
  decrypt(encrypted: string): string {
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
      decipher.setAutoPadding(false);
      plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    } catch {
      throw new CallbackCryptoError('not decryptable');
    }
    const padding = plain.length > 0 ? plain[plain.length - 1] : 0;
    if (padding < 1 || padding > PAD_BLOCK || padding > plain.length)
      throw new CallbackCryptoError('bad padding');
    const content = plain.subarray(0, plain.length - padding);
    if (content.length < 20) throw new CallbackCryptoError('too short');
    const length = content.readUInt32BE(16);
    if (20 + length > content.length) throw new CallbackCryptoError('bad length');
    const receiveId = content.subarray(20 + length).toString('utf8');
    if (receiveId !== this.receiveId) throw new CallbackCryptoError('for another corp');
    return content.subarray(20, 20 + length).toString('utf8');
  }
}
