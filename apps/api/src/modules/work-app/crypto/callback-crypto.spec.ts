import { CallbackCrypto, CallbackCryptoError } from './callback-crypto';

// The sample of the 企业微信 callback documentation (URL verification): token, key, corp id, and what it signs.
const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const CORP_ID = 'wx5823bf96d3bd56c7';
const ECHO = 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';

describe('the work app’s callback encryption', () => {
  const crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);

  it('checks and opens the documented sample', () => {
    expect(crypto.isSigned('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', '1409659589', '263014780', ECHO)).toBe(
      true,
    );
    expect(crypto.decrypt(ECHO)).toBe('1616140317555161061');
  });

  it('refuses a signature made with another token or over another message', () => {
    const forged = new CallbackCrypto('not-our-token', AES_KEY, CORP_ID).signature('1', '2', ECHO);
    expect(crypto.isSigned(forged, '1', '2', ECHO)).toBe(false);
    expect(crypto.isSigned(crypto.signature('1', '2', ECHO), '1', '2', `${ECHO}x`)).toBe(false);
  });

  it('round-trips Chinese text, padded to 32-byte blocks', () => {
    const sealed = crypto.encrypt('<xml><Content>同意</Content></xml>');
    expect(Buffer.from(sealed, 'base64').length % 32).toBe(0);
    expect(crypto.decrypt(sealed)).toBe('<xml><Content>同意</Content></xml>');
  });

  it('refuses a message encrypted for another corp', () => {
    const other = new CallbackCrypto(TOKEN, AES_KEY, 'ww-other-corp').encrypt('hello');
    expect(() => crypto.decrypt(other)).toThrow(CallbackCryptoError);
  });

  it('refuses garbage and a key of the wrong length', () => {
    expect(() => crypto.decrypt('bm90IGVuY3J5cHRlZA==')).toThrow(CallbackCryptoError);
    expect(() => new CallbackCrypto(TOKEN, 'short', CORP_ID)).toThrow(CallbackCryptoError);
  });
});
