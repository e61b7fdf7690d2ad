import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// The approval routes on the real MariaDB, in a 2026 campaign where every report starts as an empty draft.
describe('approval routes (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let campaignId: number;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('edu_submitter', '东区教育局', ['submitter']);
    await world.createUser('edu_leader', '东区教育局', ['unit_leader']);
    await world.createUser('police_submitter', '示范市公安局', ['submitter']);
    await world.createUser('police_leader', '示范市公安局', ['unit_leader']);
    await world.createUser('donghu_submitter', '东湖镇', ['submitter']);
    await world.createUser('donghu_leader', '东湖镇', ['unit_leader']);
    await world.createUser('dongqu_submitter', '东区', ['submitter']);
    campaignId = await world.createCampaign('city_reviewer', 2026, [
      '东城街道',
      '东湖镇',
      '东区教育局',
      '东区',
      '示范市公安局',
    ]);
  });

  afterAll(() => api.close());

  /** The first step submits (unless the report is already submitted), every later one approves. */
  async function walk(reportId: number, steps: [string, string][], isSubmitted = false): Promise<void> {
    for (const [index, [username, expectedState]] of steps.entries()) {
      const response = await world.act(
        reportId,
        index === 0 && !isSubmitted ? 'submit' : 'approve',
        username,
      );
      expect({ username, status: response.status, state: response.body.state }).toEqual({
        username,
        status: 200,
        state: expectedState,
      });
    }
  }

  it('a township report goes unit leader → district reviewer → district leader → city reviewer → city leader', async () => {
    const report = await world.report(campaignId, '东城街道');
    // Nobody above may act before their turn.
    const early = await world.act(report.id, 'approve', 'district_reviewer');
    expect(early.status).toBe(409);
    await walk(report.id, [
      ['submitter', 'pending_unit'],
      ['unit_leader', 'pending_district'],
      ['district_reviewer', 'pending_district_leader'],
      ['district_leader', 'pending_city'],
      ['city_reviewer', 'pending_city_leader'],
      ['city_leader', 'approved'],
    ]);
    const approved = await api.get(`/api/reports/${report.id}`, 'submitter');
    expect(approved.body).toMatchObject({
      state: 'approved',
      statusLabel: '已通过',
      canEdit: false,
      availableActions: [],
    });
  });

  it('the wrong person is refused at each step with a Chinese reason', async () => {
    const report = await world.report(campaignId, '东区教育局');
    await world.act(report.id, 'submit', 'edu_submitter');
    const byCity = await world.act(report.id, 'approve', 'city_reviewer');
    expect(byCity.status).toBe(403);
    expect(byCity.body).toEqual({ code: 'NOT_ALLOWED', message: '您无权通过这份报告。' });
  });

  it('a district department follows the same route as a township', async () => {
    const report = await world.report(campaignId, '东区教育局');
    // Submitted in the previous test.
    await walk(
      report.id,
      [
        ['edu_leader', 'pending_district'],
        ['district_reviewer', 'pending_district_leader'],
        ['district_leader', 'pending_city'],
        ['city_reviewer', 'pending_city_leader'],
        ['city_leader', 'approved'],
      ],
      true,
    );
    expect((await api.get(`/api/reports/${report.id}`, 'admin')).body.state).toBe('approved');
  });

  it('a city bureau goes unit leader → city reviewer → city leader, skipping the district', async () => {
    const report = await world.report(campaignId, '示范市公安局');
    const detail = await api.get(`/api/reports/${report.id}`, 'police_submitter');
    expect(detail.body.route.map((step: { state: string }) => step.state)).toEqual([
      'pending_unit',
      'pending_city',
      'pending_city_leader',
    ]);
    await walk(report.id, [
      ['police_submitter', 'pending_unit'],
      ['police_leader', 'pending_city'],
      ['city_reviewer', 'pending_city_leader'],
      ['city_leader', 'approved'],
    ]);
  });

  it('a district government report goes to the city, which cannot approve it before the whole district is approved', async () => {
    const district = await world.report(campaignId, '东区');
    expect((await world.act(district.id, 'submit', 'dongqu_submitter')).body.state).toBe('pending_city');
    const tooEarly = await world.act(district.id, 'approve', 'city_reviewer');
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('DISTRICT_INCOMPLETE');
    expect(tooEarly.body.message).toContain('还有报告未通过');

    const township = await world.report(campaignId, '东湖镇');
    await walk(township.id, [
      ['donghu_submitter', 'pending_unit'],
      ['donghu_leader', 'pending_district'],
      ['district_reviewer', 'pending_district_leader'],
      ['district_leader', 'pending_city'],
      ['city_reviewer', 'pending_city_leader'],
      ['city_leader', 'approved'],
    ]);
    expect((await world.act(district.id, 'approve', 'city_reviewer')).body.state).toBe('pending_city_leader');
    expect((await world.act(district.id, 'approve', 'city_leader')).body.state).toBe('approved');
  });

  it('a return needs a comment, sends the report back to its submitter, and the resubmission starts the route again', async () => {
    const campaign = await world.createCampaign('district_reviewer', 2026, ['东湖镇']);
    const report = await world.report(campaign, '东湖镇');
    await walk(report.id, [
      ['donghu_submitter', 'pending_unit'],
      ['donghu_leader', 'pending_district'],
    ]);
    const silent = await world.act(report.id, 'return', 'district_reviewer');
    expect(silent.status).toBe(400);
    expect(silent.body).toEqual({ code: 'COMMENT_REQUIRED', message: '请填写意见后再操作。' });

    const returned = await world.act(report.id, 'return', 'district_reviewer', '第三项数据请核对');
    expect(returned.body).toMatchObject({
      state: 'draft',
      statusLabel: '已退回',
      lastComment: '第三项数据请核对',
    });
    const forSubmitter = await api.get(`/api/reports/${report.id}`, 'donghu_submitter');
    expect(forSubmitter.body).toMatchObject({ canEdit: true, lastComment: '第三项数据请核对' });

    expect((await world.act(report.id, 'submit', 'donghu_submitter')).body.state).toBe('pending_unit');
  });

  it('the submitter can withdraw until the next person acts, not after', async () => {
    const campaign = await world.campaignId(2025);
    const report = await world.report(campaign, '东城街道');
    expect((await world.act(report.id, 'submit', 'submitter')).body.state).toBe('pending_unit');
    const withdrawn = await world.act(report.id, 'withdraw', 'submitter');
    expect(withdrawn.body).toMatchObject({ state: 'draft', statusLabel: '已撤回', canEdit: true });

    await world.act(report.id, 'submit', 'submitter');
    await world.act(report.id, 'approve', 'unit_leader');
    const late = await world.act(report.id, 'withdraw', 'submitter');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('WRONG_STATE');
  });

  it('reopening an approved report needs a comment, returns it to the submitter and takes it out of every 汇总', async () => {
    const report = await world.report(campaignId, '东城街道');
    const districtId = await world.orgId('东区');
    const before = await api.get(`/api/campaigns/${campaignId}/summary?org=${districtId}`, 'city_reviewer');
    const cityBefore = await api.get(`/api/campaigns/${campaignId}/summary`, 'city_reviewer');

    expect((await world.act(report.id, 'reopen', 'city_reviewer')).status).toBe(400);
    const reopened = await world.act(report.id, 'reopen', 'city_reviewer', '发现第二部分数据有误，请修改');
    expect(reopened.body).toMatchObject({ state: 'draft', statusLabel: '已重新打开' });

    const after = await api.get(`/api/campaigns/${campaignId}/summary?org=${districtId}`, 'city_reviewer');
    const cityAfter = await api.get(`/api/campaigns/${campaignId}/summary`, 'city_reviewer');
    expect(after.body.reportCount).toBe(before.body.reportCount - 1);
    expect(cityAfter.body.reportCount).toBe(cityBefore.body.reportCount - 1);
  });

  it('the server refuses a submission with a HARD error or an unexplained SOFT finding, and accepts it once explained', async () => {
    const report = await world.report(campaignId, '东城街道');
    const current = await api.get(`/api/reports/${report.id}`, 'submitter');
    const broken = await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: current.body.version,
      values: { 'T21.B.A1.NP': 5, 'T21.B.A1.TOT': 9 },
    });
    expect(broken.status).toBe(200);
    const hard = await world.act(report.id, 'submit', 'submitter');
    expect(hard.status).toBe(422);
    expect(hard.body.code).toBe('HARD_VIOLATIONS');
    expect(hard.body.message).toMatch(/必须修改的错误/);

    // 现行有效件数 below this year's count is only suspicious (SOFT): it needs an explanation.
    const soft = await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: broken.body.version,
      values: { 'T21.A.20_1.GF.MADE': 5, 'T21.A.20_1.GF.VALID': 2 },
    });
    const refused = await world.act(report.id, 'submit', 'submitter');
    expect(refused.body.code).toBe('UNEXPLAINED_SOFT');
    const validation = await api.get(`/api/reports/${report.id}/validation`, 'submitter');
    const softFindings = validation.body.violations.filter(
      (violation: { severity: string }) => violation.severity === 'SOFT',
    );
    expect(softFindings.length).toBeGreaterThan(0);
    const explanations = Object.fromEntries(
      softFindings.map((violation: { key: string }) => [
        violation.key,
        '本年制发的文件中有 3 件当年即废止。',
      ]),
    );
    await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: soft.body.version,
      values: soft.body.values,
      explanations,
    });
    expect((await world.act(report.id, 'submit', 'submitter')).body.state).toBe('pending_unit');
  });

  it('a late submission is accepted but marked overdue, and progress counts it', async () => {
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
    const campaign = await world.createCampaign('city_reviewer', 2027, ['东城街道', '东湖镇'], yesterday);
    const report = await world.report(campaign, '东城街道');
    const submitted = await world.act(report.id, 'submit', 'submitter');
    expect(submitted.body).toMatchObject({ state: 'pending_unit', isOverdue: true });

    const progress = await api.get(`/api/campaigns/${campaign}/progress`, 'city_reviewer');
    expect(progress.body).toMatchObject({ total: 2, overdue: 2, submittedOnTime: 0, onTimeRate: 0 });
    expect(progress.body.byState).toMatchObject({ draft: 1, pending_unit: 1 });
    const overdue = await api.get(`/api/campaigns/${campaign}/reports?overdue=true`, 'city_reviewer');
    expect(overdue.body).toHaveLength(2);
  });

  it('a district government can prefill its report with the 汇总 of its district’s approved reports', async () => {
    const campaign = await world.createCampaign('city_reviewer', 2028, ['东城街道', '东区']);
    const township = await world.report(campaign, '东城街道');
    const district = await world.report(campaign, '东区');
    const early = await api.post(`/api/reports/${district.id}/prefill-from-summary`, 'dongqu_submitter', {
      version: district.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOTHING_TO_SUM');

    await api.put(`/api/reports/${township.id}`, 'submitter', {
      version: township.version,
      values: { 'T21.A.20_5.XK.DEC': 7 },
    });
    await walk(township.id, [
      ['submitter', 'pending_unit'],
      ['unit_leader', 'pending_district'],
      ['district_reviewer', 'pending_district_leader'],
      ['district_leader', 'pending_city'],
      ['city_reviewer', 'pending_city_leader'],
      ['city_leader', 'approved'],
    ]);
    const prefilled = await api.post(`/api/reports/${district.id}/prefill-from-summary`, 'dongqu_submitter', {
      version: district.version,
    });
    expect(prefilled.status).toBe(201);
    expect(prefilled.body.values['T21.A.20_5.XK.DEC']).toBe(7);
    expect(prefilled.body.version).toBe(district.version + 1);
  });
});
