import { FakeWechat } from '../../../test/jobs/fake-wechat';
import { validateConfig } from '../../config/config-variables';
import { WechatSubscribeSender } from './wechat-subscribe.sender';

describe('WeChat subscribe messages (fake WeChat on loopback)', () => {
  const wechat = new FakeWechat();
  let sender: WechatSubscribeSender;
  const message = {
    openid: 'openid-1',
    templateId: 'tpl-1',
    page: 'pages/todo/index',
    fields: { thing1: '年度报告已逾期' },
  };

  beforeAll(async () => {
    await wechat.start();
    sender = new WechatSubscribeSender(
      validateConfig({
        WECHAT_APPID: 'wx-app',
        WECHAT_SECRET: 'secret',
        WECHAT_SUBSCRIBE_TEMPLATE_ID: 'tpl-1',
        WECHAT_API_BASE_URL: wechat.baseUrl,
        WECHAT_RETRY_BASE_MS: '10',
        WECHAT_SEND_ATTEMPTS: '4',
      }),
    );
  });

  afterAll(() => wechat.stop());

  beforeEach(() => {
    wechat.sends = [];
    wechat.script = [];
  });

  it('a busy WeChat (errcode -1, then HTTP 500) is retried until the message goes out, with one cached token', async () => {
    wechat.script = [{ body: { errcode: -1, errmsg: 'system busy' } }, { status: 502, body: {} }];
    expect(await sender.send(message)).toEqual({ isSent: true });
    expect(wechat.sends).toHaveLength(3);
    expect(wechat.sends[2].body).toMatchObject({
      touser: 'openid-1',
      template_id: 'tpl-1',
      page: 'pages/todo/index',
      data: { thing1: { value: '年度报告已逾期' } },
    });
    expect(await sender.send(message)).toEqual({ isSent: true });
    expect(wechat.tokenRequests).toBe(1);
  });

  it('an expired access token is fetched again and the message resent', async () => {
    const before = wechat.tokenRequests;
    wechat.script = [{ body: { errcode: 42001, errmsg: 'access_token expired' } }];
    expect(await sender.send(message)).toEqual({ isSent: true });
    expect(wechat.tokenRequests).toBe(before + 1);
    expect(wechat.sends[1].token).toBe(`token-${before + 1}`);
  });

  it('a refusal (no subscription left) is permanent: not retried, reason in Chinese', async () => {
    wechat.script = [{ body: { errcode: 43101, errmsg: 'user refuse to accept the msg' } }];
    const outcome = await sender.send(message);
    expect(outcome).toEqual({ isSent: false, error: expect.stringContaining('用户未订阅') });
    expect(wechat.sends).toHaveLength(1);
  });

  it('gives up after the configured attempts when WeChat stays busy', async () => {
    wechat.script = Array.from({ length: 4 }, () => ({ body: { errcode: -1, errmsg: 'system busy' } }));
    const outcome = await sender.send(message);
    expect(outcome).toEqual({ isSent: false, error: expect.stringContaining('重试 4 次仍失败') });
    expect(wechat.sends).toHaveLength(4);
  });
});
