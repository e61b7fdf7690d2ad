import { FakeWechat } from '../../../test/jobs/fake-wechat';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';
import { JobQueue } from '../jobs/job-queue';

const TEMPLATE = 'tpl-deadline';

// Embedded API with WeChat pointed at a fake on loopback.
describe('reminders in the inbox and as WeChat subscribe messages', () => {
  const wechat = new FakeWechat();
  let api: TestApp;
  let deadline: number;

  beforeAll(async () => {
    await wechat.start();
    api = await startTestApp({
      mode: 'embedded',
      environment: {
        WECHAT_APPID: 'wx-app',
        WECHAT_SECRET: 'secret',
        WECHAT_API_BASE_URL: wechat.baseUrl,
        WECHAT_SUBSCRIBE_TEMPLATE_ID: TEMPLATE,
        WECHAT_RETRY_BASE_MS: '10',
      },
    });
    const world = new DemoWorld(api);
    const campaign = (await api.get(`/api/campaigns/${await world.campaignId(2025)}`, 'admin')).body;
    deadline = new Date(campaign.deadline).getTime();
    const users = (await api.get('/api/users', 'admin')).body as { id: number; username: string }[];
    const submitter = users.find((user) => user.username === 'submitter');
    const issued = await api.post(`/api/users/${submitter?.id}/wechat-binding-code`, 'admin');
    await api
      .http()
      .post('/api/auth/wechat/bind')
      .send({ code: 'ok:openid-submitter', bindingCode: issued.body.bindingCode });
  });

  afterAll(async () => {
    await api?.close();
    await wechat.stop();
  });

  const scanAt = async (at: number) => {
    const queue = api.app.get(JobQueue);
    const id = await queue.enqueue('reminders.scan', { ownerId: null, at: new Date(at).toISOString() });
    for (;;) {
      const job = await queue.find(id);
      if (job?.state === 'completed') return;
      if (job?.state === 'failed') throw new Error(job.failedReason ?? 'scan failed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  type Message = {
    id: number;
    kind: string;
    readAt: string | null;
    wechatStatus: string | null;
    wechatError: string | null;
  };
  const inbox = async () => (await api.get('/api/notifications', 'submitter')).body as Message[];

  it('an accepted subscription is spent on the most important event; later events fall back to the inbox', async () => {
    const subscribed = await api.post('/api/notifications/wechat-subscriptions', 'submitter', {
      templateId: TEMPLATE,
      accepted: 1,
    });
    expect(subscribed.body).toEqual({ remaining: 1 });

    await scanAt(deadline - 2 * 24 * 3600_000);
    expect((await inbox()).find((message) => message.kind === 'upcoming')).toMatchObject({
      wechatStatus: 'sent',
    });
    expect(wechat.sends).toHaveLength(1);
    expect(wechat.sends[0].body).toMatchObject({ touser: 'openid-submitter', template_id: TEMPLATE });
    expect((await api.get('/api/notifications/wechat-subscriptions', 'submitter')).body).toEqual({
      remaining: 0,
    });

    await scanAt(deadline + 3600_000);
    const overdue = (await inbox()).find((message) => message.kind === 'overdue');
    expect(overdue).toMatchObject({ wechatStatus: null });
    expect(wechat.sends).toHaveLength(1);

    // The same moment scanned again tells nobody anything new.
    const before = (await inbox()).length;
    await scanAt(deadline + 3600_000);
    expect(await inbox()).toHaveLength(before);
  });

  it('a permanent refusal by WeChat is recorded on the message and shown in the inbox', async () => {
    await api.post('/api/notifications/wechat-subscriptions', 'submitter', {
      templateId: TEMPLATE,
      accepted: 1,
    });
    wechat.script = [{ body: { errcode: 43101, errmsg: 'user refuse to accept the msg' } }];
    await scanAt(deadline - 3600_000);
    const due = (await inbox()).find((message) => message.kind === 'due');
    expect(due).toMatchObject({ wechatStatus: 'failed', wechatError: expect.stringContaining('用户未订阅') });
  });

  it('marking a message read; another user’s message is 404', async () => {
    const [message] = await inbox();
    const read = await api.post(`/api/notifications/${message.id}/read`, 'submitter');
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await api.post(`/api/notifications/${message.id}/read`, 'district_reviewer')).status).toBe(404);
  });

  it('refuses a subscription for a template the server does not use', async () => {
    const refused = await api.post('/api/notifications/wechat-subscriptions', 'submitter', {
      templateId: 'other',
      accepted: 1,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('订阅消息模板');
  });
});
