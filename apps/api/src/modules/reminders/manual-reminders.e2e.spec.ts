import { randomBytes } from 'node:crypto';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

interface Message {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

// The demo's 2025 campaign: 东城街道 (a submitter and a unit leader) and 东区's own report are drafts in 东区;
// 西湖镇 (returned) and 西山乡 are drafts in 西区; the other reports are submitted or approved.
describe('the 政务公开办 sends a reminder now (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let campaignId: number;
  let dongcheng: number;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('west_reviewer', '西区', ['reviewer']);
    await world.createUser('xihu_submitter', '西湖镇', ['submitter']);
    campaignId = await world.campaignId(2025);
    dongcheng = await world.orgId('东城街道');
  });

  afterAll(() => api?.close());

  const remind = (username: string, body: object = {}) =>
    api.post(`/api/campaigns/${campaignId}/reminders`, username, body);
  const reminders = async (username: string) =>
    ((await api.get('/api/notifications', username)).body as Message[]).filter(
      (message) => message.kind === 'remind',
    );

  it('reaches the submitter’s inbox; clicking again within 10 minutes sends nothing more', async () => {
    const first = await remind('district_reviewer', { orgId: dongcheng });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      state: 'completed',
      orgs: 1,
      reminded: 2,
      skippedRecently: 0,
      orgsWithoutRecipients: 0,
      message: '已提醒 2 人。',
    });
    const report = await world.report(campaignId, '东城街道');
    for (const username of ['submitter', 'unit_leader'])
      expect(await reminders(username)).toEqual([
        expect.objectContaining({
          title: '东区政务公开办提醒',
          body: expect.stringContaining('东城街道的「2025 年度政府信息公开工作年度报告」尚未提交'),
          link: `/reports/${report.id}`,
        }),
      ]);

    // A client told `queued` follows the job: its result carries the same figures and sentence.
    const job = await api.get(`/api/jobs/${first.body.jobId}`, 'district_reviewer');
    expect(job.body).toMatchObject({
      state: 'completed',
      result: {
        orgs: 1,
        reminded: 2,
        skippedRecently: 0,
        orgsWithoutRecipients: 0,
        message: '已提醒 2 人。',
      },
    });

    const again = await remind('district_reviewer', { orgId: dongcheng });
    expect(again.body).toMatchObject({ reminded: 0, skippedRecently: 2 });
    expect(again.body.message).toContain('2 人 10 分钟内已提醒过，未重复发送');
    expect(await reminders('submitter')).toHaveLength(1);
  });

  it('a double click (two requests at once) sends once', async () => {
    const answers = await Promise.all([remind('city_reviewer'), remind('city_reviewer')]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    // The city's whole tree: 东城街道's two people, 西湖镇's one; the other unfinished orgs have nobody to tell.
    expect(answers.map((answer) => answer.body.reminded).sort()).toEqual([0, 3]);
    expect(answers.map((answer) => answer.body.skippedRecently).sort()).toEqual([0, 3]);
    expect(answers[0].body).toMatchObject({ orgs: 4, orgsWithoutRecipients: 2 });
    const fromCity = (await reminders('submitter')).filter((message) => message.title.startsWith('示范市'));
    expect(fromCity).toHaveLength(1);
    expect((await reminders('xihu_submitter'))[0].body).toContain('已退回，尚未重新提交');
  });

  it('a reviewer reminds only their own subtree; another district’s org is 404', async () => {
    const before = (await reminders('submitter')).length;
    const all = await remind('west_reviewer');
    expect(all.body).toMatchObject({ orgs: 2, reminded: 1 });
    expect(await reminders('submitter')).toHaveLength(before);

    const other = await remind('west_reviewer', { orgId: dongcheng });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('ORG_NOT_FOUND');
    expect(await reminders('submitter')).toHaveLength(before);
  });

  it('submitters, unit leaders and leaders may not send reminders', async () => {
    for (const username of ['submitter', 'unit_leader', 'district_leader']) {
      const refused = await remind(username, { orgId: dongcheng });
      expect({ username, status: refused.status }).toEqual({ username, status: 403 });
      expect(refused.body.message).toBe('只有区、市政务公开办的审核员或系统管理员可以发送提醒。');
    }
    expect((await remind('submitter', { orgId: await world.orgId('东湖镇') })).status).toBe(404);
  });

  it('bad input is refused in Chinese; a finished org needs no reminder; every sending is in the audit log', async () => {
    const bad = await remind('district_reviewer', { orgId: '东城街道' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBeDefined();
    expect((await api.post('/api/campaigns/999999/reminders', 'district_reviewer')).status).toBe(404);

    const done = await remind('district_reviewer', { orgId: await world.orgId('东湖镇') });
    expect(done.body).toMatchObject({
      orgs: 0,
      reminded: 0,
      message: '所选范围内的单位都已提交，无需提醒。',
    });

    const audit = await api.get('/api/audit?action=campaign.remind', 'district_reviewer');
    expect(audit.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entityType: 'campaign',
          entityId: campaignId,
          detail: expect.objectContaining({ orgName: '东城街道', reminded: 2, skippedRecently: 0 }),
        }),
      ]),
    );
    // West's reviewer does not see what was sent in 东区.
    const westAudit = await api.get('/api/audit?action=campaign.remind', 'west_reviewer');
    expect(
      westAudit.body.every((entry: { detail: { orgName: string } }) => entry.detail.orgName !== '东城街道'),
    ).toBe(true);
  });
});

// The same request on bull: the job runs on Redis (here in the API process, as a worker would), two at a time.
describe('the 政务公开办 sends a reminder now through bull (MariaDB + Redis)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({
      mode: 'mysql',
      environment: {
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        JOBS_PREFIX: `nianbao-test-${randomBytes(4).toString('hex')}`,
        JOBS_WORKER: 'true',
        JOBS_CONCURRENCY: '2',
        REMINDER_SCAN_INTERVAL_SECONDS: '0',
      },
    });
  });

  afterAll(() => api?.close());

  it('a double click whose two jobs run at once still reminds each person once', async () => {
    const world = new DemoWorld(api);
    const path = `/api/campaigns/${await world.campaignId(2025)}/reminders`;
    const body = { orgId: await world.orgId('东城街道') };
    const answers = await Promise.all([
      api.post(path, 'district_reviewer', body),
      api.post(path, 'district_reviewer', body),
    ]);
    expect(answers.map((answer) => answer.body.state)).toEqual(['completed', 'completed']);
    // Two jobs at once may split the two people between them; together they tell each one once.
    const sum = (field: string) => answers.reduce((total, answer) => total + answer.body[field], 0);
    expect({ reminded: sum('reminded'), skipped: sum('skippedRecently') }).toEqual({
      reminded: 2,
      skipped: 2,
    });
    const inbox = (await api.get('/api/notifications', 'submitter')).body as Message[];
    expect(inbox.filter((message) => message.kind === 'remind')).toHaveLength(1);
  });
});
