import { validateConfig } from './config-variables';

describe('configuration at boot', () => {
  it('starts with defaults: embedded database on port 3000 in demo mode', () => {
    const config = validateConfig({});
    expect(config).toMatchObject({ PORT: 3000, DB_MODE: 'embedded', DEMO_MODE: true });
  });

  it('reads numbers and booleans from environment strings', () => {
    const config = validateConfig({
      PORT: '8080',
      DEMO_MODE: 'false',
      DB_MODE: 'mysql',
      JWT_SECRET: 'a-long-production-secret',
    });
    expect(config).toMatchObject({ PORT: 8080, DEMO_MODE: false, DB_MODE: 'mysql' });
  });

  it('refuses a bad value with a message naming the variable and the value', () => {
    expect(() => validateConfig({ PORT: 'abc' })).toThrow(/PORT="abc"/);
    expect(() => validateConfig({ DB_MODE: 'oracle' })).toThrow(/DB_MODE="oracle".*embedded, mysql/);
    expect(() => validateConfig({ DEMO_MODE: 'perhaps' })).toThrow(/DEMO_MODE/);
  });

  it('refuses to run a production database with the public demo JWT secret', () => {
    expect(() => validateConfig({ DB_MODE: 'mysql', DEMO_MODE: 'false' })).toThrow(/JWT_SECRET/);
  });
});
