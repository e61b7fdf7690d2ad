import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from '../../src/app-setup';
import { JobQueue } from '../../src/modules/jobs/job-queue';
import { waitForJob } from '../jobs/wait-for-job';
import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

type Method = 'get' | 'post' | 'put' | 'delete';

interface Probe {
  method: Method;
  /** OpenAPI path template, e.g. /api/reports/{id}. */
  route: string;
  path: string;
  body?: object;
}

/** Endpoints that name no single record of the tree; each one's scoping is tested below instead. */
const UNSCOPED_OR_LIST_ROUTES = [
  'post /api/auth/login',
  'post /api/auth/refresh',
  'post /api/auth/change-password',
  'get /api/me',
  'get /api/health',
  'get /api/orgs',
  'get /api/orgs/tree',
  'post /api/orgs/import',
  'get /api/orgs/import-template.xlsx',
  'get /api/users',
  // Imports place users only in the importer's own subtree: tested in user-import.e2e.spec.ts.
  'post /api/users/import',
  'get /api/users/import-template.xlsx',
  'get /api/campaigns',
  'post /api/campaigns',
  'get /api/audit',
  'get /api/notifications',
  'get /api/notifications/wechat-subscriptions',
  'post /api/notifications/wechat-subscriptions',
  'post /api/auth/wechat',
  'post /api/auth/wechat/bind',
  'get /api/auth/wechat/binding',
  'delete /api/auth/wechat/binding',
  // Sign-in inside 企业微信/政务微信: public, tested in work-app.e2e.spec.ts.
  'get /api/auth/work-app/{configId}/authorize-url',
  'post /api/auth/work-app',
  'post /api/auth/work-app/bind',
  // Bulk binding reaches only users the importer administers: tested in work-app.e2e.spec.ts.
  'get /api/work-app/bindings/import-template.xlsx',
  'post /api/work-app/bindings/import',
  // The 年报专栏's settings: one per installation, not an org's record; tested in public-site.e2e.spec.ts.
  'get /api/public-site/settings',
  'put /api/public-site/settings',
  // Uploads belong to the uploader's org; the list shows the reader's subtree: tested in history-import.e2e.spec.ts.
  'post /api/history-imports',
  'get /api/history-imports',
];

// Users of the 西区 branch, and a neighbouring township, try every endpoint on records of 东区's 东城街道.
describe('authorization by the org tree (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let probes: Probe[];
  let eastReportId: number;
  let eastOnlyCampaignId: number;
  let sharedCampaignId: number;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('west_reviewer', '西区', ['reviewer', 'leader']);
    await world.createUser('west_admin', '西区', ['admin']);
    await world.createUser('west_submitter', '西城街道', ['submitter', 'unit_leader']);
    await world.createUser('donghu_submitter', '东湖镇', ['submitter', 'unit_leader']);
    sharedCampaignId = await world.campaignId(2025);
    eastOnlyCampaignId = await world.createCampaign('district_reviewer', 2026, ['东城街道']);
    const eastReport = await world.report(sharedCampaignId, '东城街道');
    eastReportId = eastReport.id;
    await api.post(`/api/reports/${eastReportId}/comments`, 'submitter', {
      cellCode: 'T21.B.A1.NP',
      body: '与台账一致',
    });
    const eastExport = await api.post(`/api/campaigns/${sharedCampaignId}/exports`, 'submitter', {
      kind: 'reports',
    });
    await waitForJob(api, 'submitter', eastExport.body.jobId);
    const campaign = (await api.get(`/api/campaigns/${sharedCampaignId}`, 'admin')).body;
    await api.app.get(JobQueue).enqueue('reminders.scan', {
      ownerId: null,
      at: new Date(new Date(campaign.deadline).getTime() + 3600_000).toISOString(),
    });
    let eastNotifications: { id: number }[] = [];
    while (eastNotifications.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      eastNotifications = (await api.get('/api/notifications', 'submitter')).body;
    }
    const eastOrg = await world.orgId('东城街道');
    const eastDistrict = await world.orgId('东区');
    const eastHistory = await importEastHistory(api, eastOrg);
    const eastUser = (await api.get('/api/users', 'admin')).body.find(
      (user: { username: string }) => user.username === 'submitter',
    );
    const version = { version: eastReport.version };
    const report = (suffix: string, method: Method = 'post', body: object = version): Probe => ({
      method,
      route: `/api/reports/{id}${suffix}`,
      path: `/api/reports/${eastReportId}${suffix}`,
      body,
    });
    probes = [
      { method: 'get', route: '/api/orgs/{id}', path: `/api/orgs/${eastOrg}` },
      {
        method: 'put',
        route: '/api/orgs/{id}',
        path: `/api/orgs/${eastOrg}`,
        body: { name: '改名', version: 1 },
      },
      { method: 'delete', route: '/api/orgs/{id}', path: `/api/orgs/${eastOrg}?version=1` },
      {
        method: 'post',
        route: '/api/orgs',
        path: '/api/orgs',
        body: { name: '新街道', type: 'township', parentId: eastDistrict },
      },
      { method: 'get', route: '/api/users/{id}', path: `/api/users/${eastUser.id}` },
      {
        method: 'put',
        route: '/api/users/{id}',
        path: `/api/users/${eastUser.id}`,
        body: {
          displayName: 'x',
          orgId: eastOrg,
          roles: ['submitter'],
          isActive: true,
          version: eastUser.version,
        },
      },
      {
        method: 'post',
        route: '/api/users',
        path: '/api/users',
        body: {
          username: 'intruder',
          displayName: 'x',
          orgId: eastOrg,
          roles: ['submitter'],
          password: 'long-enough-1',
        },
      },
      {
        method: 'post',
        route: '/api/users/{id}/wechat-binding-code',
        path: `/api/users/${eastUser.id}/wechat-binding-code`,
      },
      { method: 'get', route: '/api/campaigns/{id}', path: `/api/campaigns/${eastOnlyCampaignId}` },
      {
        method: 'put',
        route: '/api/campaigns/{id}',
        path: `/api/campaigns/${eastOnlyCampaignId}`,
        body: { name: 'x', deadline: new Date().toISOString(), version: 1 },
      },
      {
        method: 'get',
        route: '/api/campaigns/{id}/reports',
        path: `/api/campaigns/${sharedCampaignId}/reports?org=${eastDistrict}`,
      },
      {
        method: 'get',
        route: '/api/campaigns/{id}/progress',
        path: `/api/campaigns/${sharedCampaignId}/progress?org=${eastDistrict}`,
      },
      {
        method: 'get',
        route: '/api/campaigns/{id}/summary',
        path: `/api/campaigns/${sharedCampaignId}/summary?org=${eastDistrict}`,
      },
      report('', 'get'),
      report('', 'put', { ...version, values: {} }),
      report('/history', 'get'),
      report('/validation', 'get'),
      report('/prefill-from-summary'),
      report('/comments', 'get'),
      report('/comments', 'post', { cellCode: 'T21.B.A1.NP', body: '看看' }),
      { ...report('/versions/{version}/restore'), path: `/api/reports/${eastReportId}/versions/1/restore` },
      report('/submit'),
      report('/approve'),
      report('/return', 'post', { ...version, comment: '退回' }),
      report('/withdraw'),
      report('/reopen', 'post', { ...version, comment: '重新打开' }),
      report('/import'),
      report('/export.xlsx', 'get'),
      { ...report('/document.{format}', 'get'), path: `/api/reports/${eastReportId}/document.docx` },
      report('/previous-narrative', 'get'),
      report('/narrative-draft', 'get'),
      report('/publication', 'get'),
      report('/publication', 'put', { publishedAt: '2026-01-20', url: 'https://www.example.gov.cn/a.html' }),
      report('/publication', 'delete'),
      { method: 'get', route: '/api/jobs/{id}', path: `/api/jobs/${eastExport.body.jobId}` },
      {
        method: 'get',
        route: '/api/jobs/{id}/download',
        path: `/api/jobs/${eastExport.body.jobId}/download`,
      },
      {
        method: 'get',
        route: '/api/templates/{format}.xlsx',
        path: `/api/templates/2021.xlsx?org=${eastOrg}`,
      },
      {
        method: 'post',
        route: '/api/campaigns/{id}/import',
        path: `/api/campaigns/${eastOnlyCampaignId}/import`,
      },
      {
        method: 'post',
        route: '/api/campaigns/{id}/exports',
        path: `/api/campaigns/${eastOnlyCampaignId}/exports`,
        body: { kind: 'reports' },
      },
      {
        method: 'get',
        route: '/api/campaigns/{id}/reminder-settings',
        path: `/api/campaigns/${eastOnlyCampaignId}/reminder-settings`,
      },
      {
        method: 'put',
        route: '/api/campaigns/{id}/reminder-settings',
        path: `/api/campaigns/${eastOnlyCampaignId}/reminder-settings`,
        body: { daysBefore: 5, returnedDays: 2 },
      },
      {
        method: 'post',
        route: '/api/campaigns/{id}/reminders',
        path: `/api/campaigns/${eastOnlyCampaignId}/reminders`,
        body: { orgId: eastOrg },
      },
      {
        method: 'get',
        route: '/api/orgs/{id}/work-app-config',
        path: `/api/orgs/${await world.orgId('示范市')}/work-app-config`,
      },
      {
        method: 'put',
        route: '/api/orgs/{id}/work-app-config',
        path: `/api/orgs/${await world.orgId('示范市')}/work-app-config`,
        body: {
          platform: 'wxwork',
          isEnabled: false,
          corpId: 'ww1',
          agentId: '1',
          apiBaseUrl: 'https://qyapi.weixin.qq.com',
          oauthBaseUrl: 'https://open.weixin.qq.com',
          h5Url: 'https://example.gov.cn/m/',
          levels: [],
        },
      },
      {
        method: 'get',
        route: '/api/users/{id}/work-app-binding',
        path: `/api/users/${eastUser.id}/work-app-binding`,
      },
      {
        method: 'put',
        route: '/api/users/{id}/work-app-binding',
        path: `/api/users/${eastUser.id}/work-app-binding`,
        body: { workUserId: 'intruder' },
      },
      {
        method: 'delete',
        route: '/api/users/{id}/work-app-binding',
        path: `/api/users/${eastUser.id}/work-app-binding`,
      },
      {
        method: 'post',
        route: '/api/notifications/{id}/read',
        path: `/api/notifications/${eastNotifications[0].id}/read`,
      },
      {
        method: 'get',
        route: '/api/history-imports/{id}',
        path: `/api/history-imports/${eastHistory.importId}`,
      },
      {
        method: 'put',
        route: '/api/history-imports/{id}/files/{fileId}',
        path: `/api/history-imports/${eastHistory.importId}/files/${eastHistory.fileId}`,
        body: { orgId: eastOrg, reportYear: 2018, isSkipped: false },
      },
      {
        method: 'post',
        route: '/api/history-imports/{id}/confirm',
        path: `/api/history-imports/${eastHistory.importId}/confirm`,
        body: { fileIds: [eastHistory.fileId] },
      },
      {
        method: 'get',
        route: '/api/history-imports/{id}/files/{fileId}/source',
        path: `/api/history-imports/${eastHistory.importId}/files/${eastHistory.fileId}/source`,
      },
      {
        method: 'get',
        route: '/api/reports/{id}/source-file',
        path: `/api/reports/${eastHistory.reportId}/source-file`,
      },
      ...[
        ['trend', ''],
        ['ranking', '&year=2024&measure=received'],
        ['outliers', '&year=2024'],
        ['outliers.xlsx', '&year=2024'],
        ['timeline', `&campaign=${sharedCampaignId}`],
        ['scorecard', '&year=2024'],
        ['scorecard.xlsx', '&year=2024'],
      ].map(([endpoint, query]): Probe => ({
        method: 'get',
        route: `/api/analytics/${endpoint}`,
        path: `/api/analytics/${endpoint}?org=${eastOrg}${query}`,
      })),
    ];
  });

  afterAll(() => api.close());

  it('covers every endpoint of the API', () => {
    const document = buildOpenApiDocument(api.app);
    const operations = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.keys(item).map((method) => `${method} ${route}`),
    );
    const covered = new Set([
      ...probes.map((probe) => `${probe.method} ${probe.route}`),
      ...UNSCOPED_OR_LIST_ROUTES,
    ]);
    expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it.each(['west_reviewer', 'west_admin', 'west_submitter', 'donghu_submitter'])(
    '%s gets 404 from every endpoint for records outside their part of the tree',
    async (username) => {
      const answers = [];
      for (const probe of probes) {
        const response = await api[probe.method](probe.path, username, probe.body);
        answers.push({
          endpoint: `${probe.method} ${probe.route}`,
          status: response.status,
          code: response.body.code,
        });
      }
      expect(answers.filter((answer) => answer.status !== 404)).toEqual([]);
      expect(answers.every((answer) => /NOT_FOUND$/.test(answer.code))).toBe(true);
    },
  );

  it('the same requests by the owners do not answer 404 (the probes point at real records)', async () => {
    const owners: Record<string, string> = {
      '/api/orgs': 'admin',
      '/api/users': 'admin',
      '/api/campaigns': 'district_reviewer',
      '/api/history-imports': 'district_reviewer',
    };
    for (const probe of probes.filter((candidate) => candidate.method === 'get')) {
      const owner =
        Object.entries(owners).find(([prefix]) => probe.path.startsWith(prefix))?.[1] ?? 'submitter';
      const response = await api.get(
        probe.path,
        owner === 'submitter' && probe.path.includes('?org=') ? 'district_reviewer' : owner,
      );
      expect({ path: probe.path, status: response.status }).toEqual({ path: probe.path, status: 200 });
    }
  });

  it('lists show only the reader’s part of the tree', async () => {
    const orgs = (await api.get('/api/orgs', 'west_reviewer')).body.map((org: { name: string }) => org.name);
    expect(orgs).toContain('西城街道');
    expect(orgs).not.toContain('东城街道');
    expect(orgs).not.toContain('示范市');

    const users = (await api.get('/api/users', 'west_admin')).body.map(
      (user: { username: string }) => user.username,
    );
    expect(users).toEqual(expect.arrayContaining(['west_reviewer', 'west_submitter']));
    expect(users).not.toContain('submitter');

    const campaigns = (await api.get('/api/campaigns', 'west_reviewer')).body.map(
      (campaign: { id: number }) => campaign.id,
    );
    expect(campaigns).toContain(sharedCampaignId);
    expect(campaigns).not.toContain(eastOnlyCampaignId);

    const reports = (await api.get(`/api/campaigns/${sharedCampaignId}/reports`, 'west_reviewer')).body;
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.some((report: { orgName: string }) => report.orgName.startsWith('东'))).toBe(false);

    const submitterView = (await api.get(`/api/campaigns/${sharedCampaignId}/reports`, 'west_submitter'))
      .body;
    expect(submitterView.map((report: { orgName: string }) => report.orgName)).toEqual(['西城街道']);

    const audit = (await api.get('/api/audit?entityType=report', 'west_reviewer')).body;
    expect(audit.some((entry: { entityId: number }) => entry.entityId === eastReportId)).toBe(false);
    const ownAudit = (
      await api.get(`/api/audit?entityType=report&entityId=${eastReportId}`, 'district_reviewer')
    ).body;
    expect(ownAudit.length).toBeGreaterThan(0);
  });

  it('progress and 汇总 without an org are limited to the reader’s subtree', async () => {
    const progress = (await api.get(`/api/campaigns/${sharedCampaignId}/progress`, 'west_reviewer')).body;
    expect(progress.total).toBe(7);
    expect(progress.groups.map((group: { orgName: string }) => group.orgName)).not.toContain('东城街道');
    const summary = (await api.get(`/api/campaigns/${sharedCampaignId}/summary`, 'west_reviewer')).body;
    expect(summary).toMatchObject({ orgName: '西区', totalReports: 6 });
  });
});

/** 东区's 政务公开办 imports a past report of 东城街道 (2018) and stores it: an import, a file and a report to probe. */
async function importEastHistory(
  api: TestApp,
  eastOrg: number,
): Promise<{ importId: number; fileId: number; reportId: number }> {
  const seed = readFileSync(
    path.resolve(__dirname, '../../../../../shared/fixtures/seeds/000_b55ee0d3163912f6.txt'),
  );
  const accepted = await api
    .http()
    .post('/api/history-imports')
    .set('authorization', `Bearer ${await api.token('district_reviewer')}`)
    .attach('files', seed, '东城街道2018年政府信息公开工作年度报告.txt');
  await waitForJob(api, 'district_reviewer', accepted.body.jobId);
  const importId = accepted.body.id;
  const [file] = (await api.get(`/api/history-imports/${importId}`, 'district_reviewer')).body.files;
  const confirmed = await api.post(`/api/history-imports/${importId}/confirm`, 'district_reviewer', {
    fileIds: [file.id],
  });
  const [result] = confirmed.body.results;
  if (file.orgId !== eastOrg || !result.isStored)
    throw new Error(`the east history import was not stored: ${JSON.stringify(confirmed.body)}`);
  return { importId, fileId: file.id, reportId: result.reportId };
}
