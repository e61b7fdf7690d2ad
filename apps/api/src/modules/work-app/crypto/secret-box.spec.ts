import { randomBytes } from 'node:crypto';
import { SecretBox, SecretBoxError } from './secret-box';

describe('secrets at rest', () => {
  const box = new SecretBox(randomBytes(32));

  it('seals a secret so the stored text does not contain it, and opens it again', () => {
    const sealed = box.seal('corp-secret-要保密', 'work_app_configs:1:secret');
    expect(sealed).not.toContain('corp-secret');
    expect(sealed).toMatch(/^v1\./);
    expect(box.open(sealed, 'work_app_configs:1:secret')).toBe('corp-secret-要保密');
  });

  it('two seals of the same secret differ (random IV)', () => {
    expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
  });

  it('does not open with another key, in another row, or after tampering', () => {
    const sealed = box.seal('secret', 'work_app_configs:1:secret');
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'work_app_configs:1:secret')).toThrow(
      SecretBoxError,
    );
    expect(() => box.open(sealed, 'work_app_configs:2:secret')).toThrow(SecretBoxError);
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => box.open(tampered, 'work_app_configs:1:secret')).toThrow(SecretBoxError);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(SecretBoxError);
  });
});
