import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

// The zero-setup mode of `pnpm start`: sql.js, demo data loaded at boot, no MySQL.
describe('embedded mode (sql.js)', () => {
  let api: TestApp;
  let world: DemoWorld;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
    world = new DemoWorld(api);
  });

  afterAll(() => api.close());

  it('starts healthy with the demo data', async () => {
    const health = await api.http().get('/api/health');
    expect(health.body.status).toBe('ok');
    const campaigns = (await api.get('/api/campaigns', 'city_reviewer')).body.map(
      (campaign: { reportYear: number }) => campaign.reportYear,
    );
    expect(campaigns).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
    const progress = await api.get(
      `/api/campaigns/${await world.campaignId(2025)}/progress`,
      'city_reviewer',
    );
    // The demo campaign has a report in every state.
    expect(Object.values(progress.body.byState).every((count) => (count as number) > 0)).toBe(true);
  });

  it('runs the township route to approval and sums it into the district 汇总', async () => {
    const campaignId = await world.campaignId(2025);
    const report = await world.report(campaignId, '东城街道');
    const districtId = await world.orgId('东区');
    const before = (
      await api.get(`/api/campaigns/${campaignId}/summary?org=${districtId}`, 'district_reviewer')
    ).body;
    for (const [username, action] of [
      ['submitter', 'submit'],
      ['unit_leader', 'approve'],
      ['district_reviewer', 'approve'],
      ['district_leader', 'approve'],
      ['city_reviewer', 'approve'],
      ['city_leader', 'approve'],
    ] as const) {
      expect((await world.act(report.id, action, username)).status).toBe(200);
    }
    const after = (
      await api.get(`/api/campaigns/${campaignId}/summary?org=${districtId}`, 'district_reviewer')
    ).body;
    expect(after.reportCount).toBe(before.reportCount + 1);
    const own = (await api.get(`/api/reports/${report.id}`, 'submitter')).body.values['T21.A.20_5.XK.DEC'];
    expect(after.values['T21.A.20_5.XK.DEC']).toBe((before.values['T21.A.20_5.XK.DEC'] ?? 0) + own);
  });

  it('refuses a stale save and lets only one of ten concurrent approvals through', async () => {
    const campaignId = await world.campaignId(2025);
    const report = await world.report(campaignId, '东山乡');
    const stale = await api.put(`/api/reports/${report.id}`, 'district_reviewer', {
      version: report.version - 1,
      values: {},
    });
    expect(stale.status).toBe(403);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.post(`/api/reports/${report.id}/approve`, 'district_reviewer', { version: report.version }),
      ),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(9);
  });

  it('hides another branch’s report behind 404', async () => {
    const report = await world.report(await world.campaignId(2025), '西城街道');
    const response = await api.get(`/api/reports/${report.id}`, 'district_reviewer');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'REPORT_NOT_FOUND', message: '报告不存在。' });
  });
});

describe('embedded mode file', () => {
  it('keeps the data in the SQLite file across restarts', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'nianbao-embedded-'));
    const file = path.join(folder, 'data', 'nianbao.sqlite');
    try {
      const first = await startTestApp({ mode: 'embedded', environment: { EMBEDDED_DB_FILE: file } });
      const world = new DemoWorld(first);
      const created = await first.post('/api/orgs', 'admin', {
        name: '新建街道',
        type: 'township',
        parentId: await world.orgId('东区'),
      });
      expect(created.status).toBe(201);
      await first.close();
      expect(statSync(file).size).toBeGreaterThan(0);

      const second = await startTestApp({ mode: 'embedded', environment: { EMBEDDED_DB_FILE: file } });
      const names = (await second.get('/api/orgs', 'admin')).body.map((org: { name: string }) => org.name);
      await second.close();
      expect(names).toContain('新建街道');
      expect(names.filter((name: string) => name === '示范市')).toHaveLength(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
