import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORG_CSV = Buffer.from('名称,类型,上级单位\n南区,区/县,\n');

describe('security headers and cross-origin calls', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({
      mode: 'embedded',
      environment: { CORS_ORIGINS: 'https://nianbao.example.gov.cn, https://admin.example.gov.cn' },
    });
  });
  afterAll(() => api.close());

  it('every answer carries helmet’s headers and no X-Powered-By', async () => {
    const response = await api.http().get('/api/health');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('a listed origin may call the API from the browser; any other origin gets no CORS permission', async () => {
    const allowed = await api
      .http()
      .options('/api/auth/login')
      .set('Origin', 'https://admin.example.gov.cn')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://admin.example.gov.cn');

    const foreign = await api
      .http()
      .options('/api/auth/login')
      .set('Origin', 'https://evil.example.com')
      .set('Access-Control-Request-Method', 'POST');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('uploads beyond UPLOAD_THROTTLE_LIMIT a minute are refused with a Chinese message', async () => {
    const api = await startTestApp({ mode: 'embedded', environment: { UPLOAD_THROTTLE_LIMIT: '2' } });
    try {
      const upload = async () =>
        api
          .http()
          .post('/api/orgs/import')
          .set('authorization', `Bearer ${await api.token('admin')}`)
          .attach('file', ORG_CSV, 'orgs.csv');
      expect((await upload()).status).toBe(200);
      expect((await upload()).status).toBe(200);
      const refused = await upload();
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ code: 'UPLOAD_THROTTLED', message: '上传过于频繁，请一分钟后再试。' });
      // Uploads do not use up the login allowance.
      expect(
        (await api.http().post('/api/auth/login').send({ username: 'admin', password: 'nianbao-demo' }))
          .status,
      ).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('the login limit holds across two API processes sharing Redis, not per process', async () => {
    const prefix = `nianbao_test_${randomBytes(4).toString('hex')}`;
    const environment = { REDIS_URL, JOBS_PREFIX: prefix, LOGIN_THROTTLE_LIMIT: '3' };
    const [first, second] = await Promise.all([
      startTestApp({ mode: 'embedded', environment }),
      startTestApp({ mode: 'embedded', environment }),
    ]);
    try {
      const wrongLogin = (api: TestApp) =>
        api.http().post('/api/auth/login').send({ username: 'admin', password: 'wrong-password' });
      expect((await wrongLogin(first)).status).toBe(401);
      expect((await wrongLogin(second)).status).toBe(401);
      expect((await wrongLogin(first)).status).toBe(401);
      const fourth = await wrongLogin(second);
      expect(fourth.status).toBe(429);
      expect(fourth.body.code).toBe('LOGIN_THROTTLED');
    } finally {
      await Promise.all([first.close(), second.close()]);
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
