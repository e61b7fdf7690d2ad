import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

describe('signing in (MariaDB)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql', environment: { LOGIN_THROTTLE_LIMIT: '20' } });
  });

  afterAll(() => api.close());

  it('every demo account logs in with the demo password and sees who it is', async () => {
    for (const username of [
      'admin',
      'submitter',
      'unit_leader',
      'district_reviewer',
      'district_leader',
      'city_reviewer',
    ]) {
      const response = await api.http().post('/api/auth/login').send({ username, password: 'nianbao-demo' });
      expect({ username, status: response.status }).toEqual({ username, status: 200 });
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        mustChangePassword: false,
      });
    }
    const me = await api.get('/api/me', 'district_reviewer');
    expect(me.body).toMatchObject({
      username: 'district_reviewer',
      orgName: '东区',
      orgType: 'district',
      roles: ['reviewer'],
    });
  });

  it('a wrong password or unknown user gets the same Chinese refusal', async () => {
    const wrong = await api
      .http()
      .post('/api/auth/login')
      .send({ username: 'city_leader', password: 'nope' });
    const unknown = await api.http().post('/api/auth/login').send({ username: 'nobody', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误。' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('a refresh token gives new tokens; an access token is not accepted as one', async () => {
    const token = await api.token('admin');
    const notRefresh = await api.http().post('/api/auth/refresh').send({ refreshToken: token });
    expect(notRefresh.status).toBe(401);
    expect(notRefresh.body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('requests without a valid token get 401 with a Chinese message', async () => {
    const anonymous = await api.http().get('/api/campaigns');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录。' });
    const forged = await api.http().get('/api/campaigns').set('authorization', 'Bearer abc.def.ghi');
    expect(forged.status).toBe(401);
  });

  it('bad input never crashes: malformed JSON and unknown fields get 400 with a Chinese message', async () => {
    const malformed = await api
      .http()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"username":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toMatch(/JSON/);
    const extra = await api.post('/api/orgs', 'admin', {
      name: 'x',
      type: 'township',
      parentId: 1,
      colour: 'red',
    });
    expect(extra.status).toBe(400);
    expect(extra.body).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('不支持字段 colour'),
    });
    const notANumber = await api.get('/api/reports/abc', 'admin');
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });
  // Last in this app: afterwards its address is throttled.
  it('too many login attempts from one address are throttled', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25 && !statuses.includes(429); attempt += 1) {
      statuses.push(
        (await api.http().post('/api/auth/login').send({ username: 'admin', password: 'guess' })).status,
      );
    }
    expect(statuses).toContain(429);
    const throttled = await api
      .http()
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'nianbao-demo' });
    expect(throttled.status).toBe(429);
    expect(throttled.body).toEqual({
      code: 'LOGIN_THROTTLED',
      message: '登录尝试过于频繁，请一分钟后再试。',
    });
  });
});

describe('outside demo mode (MariaDB)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql', demoMode: false });
  });

  afterAll(() => api.close());

  it('a first login must change the password before anything else, and old refresh tokens stop working', async () => {
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ username: 'submitter', password: 'nianbao-demo' });
    expect(login.body.mustChangePassword).toBe(true);
    const bearer = `Bearer ${login.body.accessToken}`;

    const blocked = await api.http().get('/api/campaigns').set('authorization', bearer);
    expect(blocked.status).toBe(403);
    expect(blocked.body).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED', message: '首次登录须先修改密码。' });

    const tooShort = await api
      .http()
      .post('/api/auth/change-password')
      .set('authorization', bearer)
      .send({ currentPassword: 'nianbao-demo', newPassword: 'short' });
    expect(tooShort.body.code).toBe('WEAK_PASSWORD');
    const changed = await api
      .http()
      .post('/api/auth/change-password')
      .set('authorization', bearer)
      .send({ currentPassword: 'nianbao-demo', newPassword: 'a-much-better-one' });
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);

    const allowed = await api
      .http()
      .get('/api/campaigns')
      .set('authorization', `Bearer ${changed.body.accessToken}`);
    expect(allowed.status).toBe(200);
    const oldRefresh = await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: login.body.refreshToken });
    expect(oldRefresh.status).toBe(401);
    const newRefresh = await api
      .http()
      .post('/api/auth/refresh')
      .send({ refreshToken: changed.body.refreshToken });
    expect(newRefresh.status).toBe(200);
    const oldPassword = await api
      .http()
      .post('/api/auth/login')
      .send({ username: 'submitter', password: 'nianbao-demo' });
    expect(oldPassword.status).toBe(401);
  });
});
