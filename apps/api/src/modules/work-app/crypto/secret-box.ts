import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBoxError extends Error {}

/**
 * AES-256-GCM for secrets kept in the database (the work app's secret, token and EncodingAESKey): a database dump
 * or backup alone does not give them away. Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url), so a later key
 * rotation can tell old values from new. `context` (e.g. `work_app_configs:7:secret`) is bound as additional data:
 * a value copied into another row or column does not decrypt.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new SecretBoxError('the data encryption key must be 32 bytes');
  }

  /** A key for development and the demo only, derived from another secret. */
  static derivedFrom(secret: string): SecretBox {
    return new SecretBox(createHash('sha256').update(`nianbao-data-key:${secret}`).digest());
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map(encode).join('.');
  }

  open(stored: string, context: string): string {
    const [version, iv, tag, sealed] = stored.split('.');
    if (version !== VERSION || !iv || !tag || sealed === undefined)
      throw new SecretBoxError('not a sealed value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new SecretBoxError('the value does not open with this key');
    }
  }
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
