import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

const APPID = 'wx0123456789abcdef';
const SECRET = 'test-app-secret';
const SESSION_KEY = 'fake-session-key-must-stay-on-the-server';

/**
 * A stand-in for WeChat's jscode2session on loopback: a code `ok:<openid>` logs in as that openid, any other
 * code is refused the way WeChat refuses an invalid code. It also refuses a wrong appid or secret.
 */
function startFakeWechat(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const code = url.searchParams.get('js_code') ?? '';
    const isOurApp = url.searchParams.get('appid') === APPID && url.searchParams.get('secret') === SECRET;
    const body =
      url.pathname === '/sns/jscode2session' && isOurApp && code.startsWith('ok:')
        ? { openid: code.slice(3), session_key: SESSION_KEY }
        : { errcode: 40029, errmsg: 'invalid code' };
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe('WeChat login of the mini-program (fake code2Session on loopback)', () => {
  let api: TestApp;
  let wechat: { server: Server; baseUrl: string };

  beforeAll(async () => {
    wechat = await startFakeWechat();
    api = await startTestApp({
      mode: 'embedded',
      environment: { WECHAT_APPID: APPID, WECHAT_SECRET: SECRET, WECHAT_API_BASE_URL: wechat.baseUrl },
    });
  });

  afterAll(async () => {
    await api?.close();
    await new Promise((resolve) => wechat?.server.close(resolve));
  });

  async function userId(username: string): Promise<number> {
    const response = await api.get('/api/users', 'admin');
    const user = (response.body as { id: number; username: string }[]).find(
      (candidate) => candidate.username === username,
    );
    if (!user) throw new Error(`no demo user ${username}`);
    return user.id;
  }

  const wechatLogin = (code: string) => api.http().post('/api/auth/wechat').send({ code });
  const bind = (code: string, bindingCode: string) =>
    api.http().post('/api/auth/wechat/bind').send({ code, bindingCode });

  it('an unbound user binds once with the administrator’s code, then logs in with WeChat alone', async () => {
    const first = await wechatLogin('ok:openid-unit-leader');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ needsBinding: true, tokens: null });

    const issued = await api.post(`/api/users/${await userId('unit_leader')}/wechat-binding-code`, 'admin');
    expect(issued.status).toBe(200);
    const bound = await bind('ok:openid-unit-leader', issued.body.bindingCode);
    expect(bound.status).toBe(200);
    expect(JSON.stringify(bound.body)).not.toContain(SESSION_KEY);
    const me = await api
      .http()
      .get('/api/me')
      .set('authorization', `Bearer ${bound.body.tokens.accessToken}`);
    expect(me.body.username).toBe('unit_leader');

    const again = await wechatLogin('ok:openid-unit-leader');
    expect(again.body.needsBinding).toBe(false);
    expect(JSON.stringify(again.body)).not.toContain(SESSION_KEY);
    const meAgain = await api
      .http()
      .get('/api/me')
      .set('authorization', `Bearer ${again.body.tokens.accessToken}`);
    expect(meAgain.body.username).toBe('unit_leader');
  });

  it('a binding code works once, and only for the user it was issued to', async () => {
    const issued = await api.post(
      `/api/users/${await userId('district_leader')}/wechat-binding-code`,
      'admin',
    );
    expect((await bind('ok:openid-district-leader', issued.body.bindingCode)).status).toBe(200);
    const reused = await bind('ok:openid-someone-else', issued.body.bindingCode);
    expect(reused.status).toBe(400);
    expect(reused.body.message).toContain('绑定码无效');
    expect((await bind('ok:openid-someone-else', 'NOT-A-CODE')).status).toBe(400);
  });

  it('an invalid WeChat code is refused with a Chinese message', async () => {
    const refused = await wechatLogin('expired-code');
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({
      code: 'INVALID_WECHAT_CODE',
      message: expect.stringContaining('微信登录凭证无效'),
    });
  });

  it('only an administrator issues binding codes', async () => {
    const refused = await api.post(
      `/api/users/${await userId('submitter')}/wechat-binding-code`,
      'unit_leader',
    );
    expect(refused.status).toBe(403);
  });

  it('after unbinding, the same WeChat account must bind again', async () => {
    const issued = await api.post(`/api/users/${await userId('submitter')}/wechat-binding-code`, 'admin');
    const bound = await bind('ok:openid-submitter', issued.body.bindingCode);
    const token = bound.body.tokens.accessToken as string;
    const unbound = await api
      .http()
      .delete('/api/auth/wechat/binding')
      .set('authorization', `Bearer ${token}`);
    expect(unbound.body).toEqual({ isBound: false });
    expect((await wechatLogin('ok:openid-submitter')).body.needsBinding).toBe(true);
  });
});
