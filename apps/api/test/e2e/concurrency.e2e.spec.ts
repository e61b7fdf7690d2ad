import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

describe('concurrent and stale writes (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let campaignId: number;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    campaignId = await world.campaignId(2025);
  });

  afterAll(() => api.close());

  it('a save on an outdated version is refused with 409, and the newer save is kept', async () => {
    const report = await world.report(campaignId, '东城街道');
    const opened = await api.get(`/api/reports/${report.id}`, 'submitter');
    const first = await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: opened.body.version,
      values: { ...opened.body.values, 'T21.A.20_5.XK.DEC': 111 },
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(opened.body.version + 1);

    // A second tab still holding the version it opened.
    const stale = await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: opened.body.version,
      values: { ...opened.body.values, 'T21.A.20_5.XK.DEC': 222 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.message).toContain('您的修改未保存');

    const now = await api.get(`/api/reports/${report.id}`, 'submitter');
    expect(now.body.values['T21.A.20_5.XK.DEC']).toBe(111);
    const history = await api.get(`/api/reports/${report.id}/history`, 'submitter');
    expect(history.body.versions[0]).toMatchObject({ version: first.body.version });
  });

  it('every save is a version and any version can be restored as a new one', async () => {
    const report = await world.report(campaignId, '东城街道');
    const start = await api.get(`/api/reports/${report.id}`, 'submitter');
    const original = start.body.values['T21.A.20_6.CF.DEC'];
    const changed = await api.put(`/api/reports/${report.id}`, 'submitter', {
      version: start.body.version,
      values: { ...start.body.values, 'T21.A.20_6.CF.DEC': original + 40 },
    });
    const restored = await api.post(
      `/api/reports/${report.id}/versions/${start.body.version}/restore`,
      'submitter',
      {
        version: changed.body.version,
      },
    );
    expect(restored.status).toBe(201);
    expect(restored.body.version).toBe(changed.body.version + 1);
    expect(restored.body.values['T21.A.20_6.CF.DEC']).toBe(original);
    const history = await api.get(`/api/reports/${report.id}/history`, 'submitter');
    expect(history.body.versions[0]).toMatchObject({
      version: restored.body.version,
      restoredFromVersion: start.body.version,
    });
    const missing = await api.post(`/api/reports/${report.id}/versions/9999/restore`, 'submitter', {
      version: restored.body.version,
    });
    expect(missing.status).toBe(404);
  });

  it('an approval on an outdated version is refused with 409', async () => {
    const report = await world.report(campaignId, '东山乡');
    const stale = await api.post(`/api/reports/${report.id}/approve`, 'district_reviewer', {
      version: report.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('ALREADY_HANDLED');
    expect(stale.body.message).toContain('当前状态：待区审核');
    expect((await api.get(`/api/reports/${report.id}`, 'admin')).body.state).toBe('pending_district');
  });

  it('50 concurrent approvals of one report make exactly one transition; the others get a clear 409', async () => {
    const report = await world.report(campaignId, '东山乡');
    expect(report.state).toBe('pending_district');
    await api.token('district_reviewer');
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.post(`/api/reports/${report.id}/approve`, 'district_reviewer', { version: report.version }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body.message).toMatch(/已被他人|已被他人处理|刷新/);
    }
    const after = await api.get(`/api/reports/${report.id}`, 'admin');
    expect(after.body).toMatchObject({ state: 'pending_district_leader', version: report.version + 1 });
    const audit = await api.get(
      `/api/audit?entityType=report&entityId=${report.id}&action=report.approve`,
      'admin',
    );
    expect(audit.body).toHaveLength(1);
  });

  it('a withdrawal racing an approval: exactly one of them happens', async () => {
    const report = await world.report(campaignId, '东城街道');
    await world.act(report.id, 'submit', 'submitter');
    const submitted = await api.get(`/api/reports/${report.id}`, 'admin');
    const [withdraw, approve] = await Promise.all([
      api.post(`/api/reports/${report.id}/withdraw`, 'submitter', { version: submitted.body.version }),
      api.post(`/api/reports/${report.id}/approve`, 'unit_leader', { version: submitted.body.version }),
    ]);
    expect([withdraw.status, approve.status].sort()).toEqual([200, 409]);
    const after = await api.get(`/api/reports/${report.id}`, 'admin');
    expect(after.body.state).toBe(withdraw.status === 200 ? 'draft' : 'pending_district');
    expect(after.body.version).toBe(submitted.body.version + 1);
  });
});
