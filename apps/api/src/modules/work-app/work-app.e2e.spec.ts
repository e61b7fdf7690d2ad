import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { FAKE_CORP, FakeWorkApp } from '../../../test/support/fake-work-app';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';
import { WorkAppConfig } from './entities/work-app-config.entity';
import { WorkAppMessage } from './entities/work-app-message.entity';

/** Waits until `probe` gives a value (jobs run in the background); the test's own timeout bounds the wait. */
async function eventually<T>(probe: () => Promise<T | undefined | null | false>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Card = { touser: string; template_card: Record<string, unknown> & { task_id: string } };

// Embedded API, the work app faked on loopback: a card on submit, a tap approves through the callback.
describe('approving in 企业微信 / 政务微信 (fake work app on loopback)', () => {
  const workApp = new FakeWorkApp();
  let api: TestApp;
  let world: DemoWorld;
  let configId: number;
  let reportId: number;

  const userId = async (username: string) =>
    ((await api.get('/api/users', 'admin')).body as { id: number; username: string }[]).find(
      (user) => user.username === username,
    )?.id;
  const report = async () => (await api.get(`/api/reports/${reportId}`, 'admin')).body;
  const cardsTo = (workUserId: string) =>
    workApp.sends.filter((send) => send.body.touser === workUserId && send.body.msgtype === 'template_card');
  const tap = (tapInput: Parameters<FakeWorkApp['tapRequest']>[0], token?: string) => {
    const request = workApp.tapRequest(tapInput, token);
    return api
      .http()
      .post(`/api/work-app/callback/${configId}?${request.query}`)
      .set('content-type', 'text/xml')
      .send(request.body);
  };

  beforeAll(async () => {
    await workApp.start();
    api = await startTestApp({ mode: 'embedded', environment: { JOBS_BACKOFF_MS: '20' } });
    world = new DemoWorld(api);
    const cityId = await world.orgId('示范市');
    const saved = await api.put(`/api/orgs/${cityId}/work-app-config`, 'admin', {
      platform: 'govwx',
      isEnabled: true,
      corpId: FAKE_CORP.corpId,
      agentId: FAKE_CORP.agentId,
      apiBaseUrl: workApp.baseUrl,
      oauthBaseUrl: workApp.baseUrl,
      h5Url: 'http://127.0.0.1:3000/m/',
      secret: FAKE_CORP.secret,
      callbackToken: FAKE_CORP.callbackToken,
      encodingAesKey: FAKE_CORP.encodingAesKey,
      levels: ['unit', 'district', 'city'],
    });
    expect(saved.status).toBe(200);
    configId = Number(String(saved.body.callbackPath).split('/').pop());
    for (const [username, workUserId] of [
      ['unit_leader', 'zhang.unit'],
      ['district_reviewer', 'li.district'],
    ])
      expect(
        (await api.put(`/api/users/${await userId(username)}/work-app-binding`, 'admin', { workUserId }))
          .status,
      ).toBe(200);
    const campaignId = await world.createCampaign('city_reviewer', 2026, ['东城街道']);
    reportId = (await world.report(campaignId, '东城街道')).id;
  });

  afterAll(async () => {
    await api?.close();
    await workApp.stop();
  });

  it('keeps the secrets sealed in the database and shows them to the admin app only as “set”', async () => {
    const shown = await api.get(`/api/orgs/${await world.orgId('示范市')}/work-app-config`, 'admin');
    expect(shown.body).toMatchObject({ isConfigured: true, hasSecret: true, hasEncodingAesKey: true });
    expect(JSON.stringify(shown.body)).not.toContain(FAKE_CORP.secret);
    const [stored] = await api.app.get(DataSource).getRepository(WorkAppConfig).find();
    expect(JSON.stringify(stored)).not.toContain(FAKE_CORP.secret);
    expect(JSON.stringify(stored)).not.toContain(FAKE_CORP.encodingAesKey);
    expect(JSON.stringify(stored)).not.toContain(FAKE_CORP.callbackToken);
  });

  it('only an administrator of the city changes the configuration', async () => {
    const refused = await api.put(
      `/api/orgs/${await world.orgId('示范市')}/work-app-config`,
      'city_reviewer',
      {
        platform: 'wxwork',
        isEnabled: false,
        corpId: 'x',
        agentId: '1',
        apiBaseUrl: 'https://qyapi.weixin.qq.com',
        oauthBaseUrl: 'https://open.weixin.qq.com',
        h5Url: 'https://example.gov.cn/m/',
        levels: [],
      },
    );
    expect(refused.status).toBe(403);
  });

  it('sends the unit leader a card with the agency, the stage and 同意 / 退回 when the report is submitted', async () => {
    expect((await world.act(reportId, 'submit', 'submitter')).status).toBe(200);
    const [card] = await eventually(async () => cardsTo('zhang.unit').length > 0 && cardsTo('zhang.unit'));
    const body = card.body as unknown as Card;
    expect(body.template_card).toMatchObject({
      card_type: 'button_interaction',
      horizontal_content_list: expect.arrayContaining([
        { keyname: '单位', value: '东城街道' },
        { keyname: '环节', value: '待单位审核' },
      ]),
      button_list: [
        expect.objectContaining({ text: '同意', key: 'approve' }),
        expect.objectContaining({ text: '退回', type: 1, url: expect.stringContaining('action=return') }),
      ],
    });
    expect(workApp.tokenRequests).toBe(1);
  });

  it('refuses a forged callback and changes nothing', async () => {
    const [card] = cardsTo('zhang.unit');
    const taskId = (card.body as unknown as Card).template_card.task_id;
    const forged = await tap(
      { workUserId: 'zhang.unit', taskId, key: 'approve', responseCode: 'x' },
      'guessed-token',
    );
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.text)).toMatchObject({ code: 'INVALID_CALLBACK' });
    const unsigned = await api
      .http()
      .post(`/api/work-app/callback/${configId}`)
      .set('content-type', 'text/xml')
      .send('<xml><Encrypt><![CDATA[abc]]></Encrypt></xml>');
    expect(unsigned.status).toBe(403);
    expect((await report()).state).toBe('pending_unit');
  });

  it('a tap on 同意 approves through the workflow, and the card then shows 已同意', async () => {
    // The token expired meanwhile: the next card (to the district) is sent after one refresh.
    workApp.expireTokens();
    const [card] = cardsTo('zhang.unit');
    const taskId = (card.body as unknown as Card).template_card.task_id;
    const tapped = await tap({ workUserId: 'zhang.unit', taskId, key: 'approve', responseCode: 'rc-tap-1' });
    expect(tapped.status).toBe(200);
    expect(workApp.readReply(tapped.text)).toEqual({ isSigned: true, replaceName: '已同意' });
    expect((await report()).state).toBe('pending_district');
    const audit = (await api.get(`/api/audit?entityType=report&entityId=${reportId}`, 'admin')).body as {
      action: string;
      username?: string;
    }[];
    expect(audit.map((entry) => entry.action)).toContain('report.approve');

    const update = await eventually(async () => workApp.updates[0]);
    expect(update.body).toMatchObject({ response_code: 'rc-tap-1', button: { replace_name: '已同意' } });
    await eventually(async () => cardsTo('li.district').length > 0);
    expect(workApp.tokenRequests).toBe(2);
  });

  it('a second tap on the same card answers 已处理 and changes nothing', async () => {
    const [card] = cardsTo('zhang.unit');
    const taskId = (card.body as unknown as Card).template_card.task_id;
    const again = await tap({ workUserId: 'zhang.unit', taskId, key: 'approve', responseCode: 'rc-tap-2' });
    expect(workApp.readReply(again.text).replaceName).toBe('已处理');
    expect((await report()).state).toBe('pending_district');
  });

  it('someone else’s card, or a card whose step moved on, answers 已不需要您处理', async () => {
    const [card] = cardsTo('li.district');
    const taskId = (card.body as unknown as Card).template_card.task_id;
    const intruder = await tap({ workUserId: 'zhang.unit', taskId, key: 'approve', responseCode: 'rc-x' });
    expect(workApp.readReply(intruder.text).replaceName).toBe('已不需要您处理');
    expect((await report()).state).toBe('pending_district');
  });

  it('a rate-limited send (45009) is recorded on the message and retried by the queue', async () => {
    workApp.script = [{ errcode: 45009, errmsg: 'api freq out of limit' }];
    const before = cardsTo('zhang.unit').length;
    // Back to the submitter and up again: a new version, so a new card for the unit leader.
    expect((await world.act(reportId, 'return', 'district_reviewer', '请补充说明')).status).toBe(200);
    expect((await world.act(reportId, 'submit', 'submitter')).status).toBe(200);
    await eventually(async () => cardsTo('zhang.unit').length > before);
    const messages = api.app.get(DataSource).getRepository(WorkAppMessage);
    const latest = await messages.findOne({
      where: { userId: await userId('unit_leader') },
      order: { id: 'DESC' },
    });
    expect(latest).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    // The district's card of the returned version now says what happened.
    const districtCard = await messages.findOneBy({ userId: await userId('district_reviewer') });
    expect(districtCard).toMatchObject({ status: 'closed', outcome: expect.stringContaining('已处理') });
  });

  it('signs in inside the work app through OAuth: an unbound account binds once with the administrator’s code', async () => {
    const authorize = await api
      .http()
      .get(
        `/api/auth/work-app/${configId}/authorize-url?redirectUri=${encodeURIComponent('https://evil.example/')}`,
      );
    const url = new URL(authorize.body.url);
    expect(url.searchParams.get('scope')).toBe('snsapi_base');
    expect(url.searchParams.get('appid')).toBe(FAKE_CORP.corpId);
    // Never back to another site: the code would leave with the redirect.
    expect(url.searchParams.get('redirect_uri')).toBe(`http://127.0.0.1:3000/m/?workapp=${configId}`);

    const login = (code: string) => api.http().post('/api/auth/work-app').send({ configId, code });
    const first = await login('ok:wang.leader');
    expect(first.body).toMatchObject({ needsBinding: true, tokens: null });
    const issued = await api.post(
      `/api/users/${await userId('district_leader')}/wechat-binding-code`,
      'admin',
    );
    const bound = await api
      .http()
      .post('/api/auth/work-app/bind')
      .send({ bindingTicket: first.body.bindingTicket, bindingCode: issued.body.bindingCode });
    expect(bound.status).toBe(200);
    const again = await login('ok:wang.leader');
    const me = await api
      .http()
      .get('/api/me')
      .set('authorization', `Bearer ${again.body.tokens.accessToken}`);
    expect(me.body.username).toBe('district_leader');

    const refused = await login('expired-code');
    expect(refused.status).toBe(401);
    expect(refused.body.message).toContain('登录凭证无效');
    const forgedTicket = await api
      .http()
      .post('/api/auth/work-app/bind')
      .send({ bindingTicket: `${first.body.bindingTicket}x`, bindingCode: issued.body.bindingCode });
    expect(forgedTicket.status).toBe(400);
  });

  it('a reminder (催报) also reaches a bound submitter through the work app, recorded per message', async () => {
    await api.put(`/api/users/${await userId('submitter')}/work-app-binding`, 'admin', {
      workUserId: 'zhao.submitter',
    });
    const campaignId = await world.campaignId(2025);
    const sent = await api.post(`/api/campaigns/${campaignId}/reminders`, 'district_reviewer', {
      orgId: await world.orgId('东城街道'),
    });
    expect(sent.status).toBe(200);
    const notice = await eventually(async () =>
      workApp.sends.find((send) => send.body.touser === 'zhao.submitter' && send.body.msgtype === 'textcard'),
    );
    expect(notice.body).toMatchObject({
      textcard: { title: expect.any(String), url: expect.stringContaining('workapp=') },
    });
    const record = await api.app
      .get(DataSource)
      .getRepository(WorkAppMessage)
      .findOneBy({ userId: await userId('submitter'), kind: 'text' });
    expect(record).toMatchObject({ status: 'sent', notificationId: expect.any(Number) });
  });
  it('binds many accounts from a workbook: all or nothing, a second upload skips, another district is refused', async () => {
    const workbookOf = async (rows: string[][]) => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('账号绑定');
      for (const row of [['用户名', '企业微信/政务微信账号'], ...rows]) sheet.addRow(row);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const upload = async (file: Buffer, username: string) =>
      api
        .http()
        .post('/api/work-app/bindings/import')
        .set('authorization', `Bearer ${await api.token(username)}`)
        .attach('file', file, '绑定.xlsx');
    const bindingOf = async (username: string) =>
      (await api.get(`/api/users/${await userId(username)}/work-app-binding`, 'admin')).body.workUserId;
    await world.createUser('west_binder', '西区', ['admin']);

    const refused = await upload(
      await workbookOf([
        ['city_leader', 'sun.city'],
        ['no_such_user', 'ghost'],
        ['city_reviewer', 'zhang.unit'],
        ['district_leader', '王 领导'],
      ]),
      'admin',
    );
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('第 3 行：找不到用户「no_such_user」');
    expect(refused.body.message).toContain('第 4 行：账号「zhang.unit」已绑定其他用户');
    expect(refused.body.message).toContain('第 5 行：企业微信/政务微信账号须为通讯录中的“账号”');
    expect(await bindingOf('city_leader')).toBeNull();

    const file = await workbookOf([
      ['city_leader', 'sun.city'],
      ['city_reviewer', 'qian.city'],
    ]);
    const outsider = await upload(file, 'west_binder');
    expect(outsider.status).toBe(400);
    expect(outsider.body.message).toContain('找不到用户「city_leader」（或不在您管理的范围内）');
    expect(await bindingOf('city_leader')).toBeNull();

    expect((await upload(file, 'admin')).body).toEqual({ created: 2, skipped: 0 });
    expect(await bindingOf('city_leader')).toBe('sun.city');
    expect(await bindingOf('city_reviewer')).toBe('qian.city');
    expect((await upload(file, 'admin')).body).toEqual({ created: 0, skipped: 2 });
  });
});
