import { validateConfig } from './config-variables';

describe('secrets in production', () => {
  it('refuses to start with NODE_ENV=production and the public demo JWT secret, whatever the database', () => {
    expect(() => validateConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => validateConfig({ NODE_ENV: 'production', DB_MODE: 'mysql', DEMO_MODE: 'true' })).toThrow(
      /JWT_SECRET/,
    );
  });

  it('starts in production once JWT_SECRET comes from the environment', () => {
    const config = validateConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48), DB_MODE: 'mysql' });
    expect(config.JWT_SECRET).toBe('x'.repeat(48));
  });

  it('refuses a JWT secret too short to be a secret', () => {
    expect(() => validateConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});

describe('the data encryption key', () => {
  it('refuses a key that is not base64 of 32 bytes', () => {
    expect(() => validateConfig({ DATA_ENCRYPTION_KEY: 'too-short' })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('accepts a key of 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(validateConfig({ DATA_ENCRYPTION_KEY: key }).DATA_ENCRYPTION_KEY).toBe(key);
  });
});
