import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

/** Every field the platform keeps about a report that the public must never see. */
const INTERNAL_FIELDS = [
  'state',
  'version',
  'explanations',
  'lastAction',
  'lastComment',
  'comments',
  'submittedAt',
  'approvedAt',
  'isOverdue',
  'orgPath',
  'campaignId',
  'savedById',
  'restoredFromVersion',
  'jobKey',
  'recordedById',
  'recordedAt',
  'updatedAt',
  'withdrawnAt',
  'snapshotAt',
  'url',
];

const RETURN_COMMENT = '依申请公开“结转下年度继续办理”数据请与台账核对后再报。';
const DRAFT_PHRASE = '草稿专用词甲乙丙';
const EXPLANATION_PHRASE = '说明专用词丁戊己';
const REOPENED_PHRASE = '重开后的草稿词庚辛';
const paragraph = (text: string) => ({ type: 'paragraph', text });
const narrativeSaying = (text: string) => ({
  preamble: [],
  sections: [{ id: 'overview', title: '一、总体情况', blocks: [paragraph(text)], subsections: [] }],
});

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) keysOf(inner, keys.add(key));
  return keys;
}

describe('年报专栏 /gk/ (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let currentReports: { id: number; orgName: string }[];
  // One host name, as behind a CDN: absolute links (canonical, feed) and so ETags do not change between requests.
  const page = (path: string) => api.http().get(path).set('host', 'gk.example.test').buffer(true);
  /** Everything a crawler can reach without a report id: lists, data files, sitemap, feed. */
  const publicListings = async () =>
    (
      await Promise.all(
        [
          '/gk/',
          '/gk/years/2024',
          '/gk/data/2024.json',
          '/gk/data/2024.csv',
          '/gk/sitemap.xml',
          '/gk/feed.atom',
        ].map((path) => page(path)),
      )
    )
      .map((response) => response.text)
      .join('\n');

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql', environment: { PUBLIC_SEARCH_THROTTLE_LIMIT: '1000' } });
    world = new DemoWorld(api);
    const campaignId = await world.campaignId(2025);
    const orgs = (await api.get('/api/orgs', 'admin')).body as { id: number; name: string; type: string }[];
    currentReports = [];
    for (const org of orgs.filter((candidate) => candidate.type !== 'city'))
      currentReports.push({ id: (await world.report(campaignId, org.name)).id, orgName: org.name });

    // A draft with text and a 说明 the public must not see.
    const draft = await world.report(campaignId, '东城街道');
    const current = (await api.get(`/api/reports/${draft.id}`, 'submitter')).body;
    const saved = await api.put(`/api/reports/${draft.id}`, 'submitter', {
      version: current.version,
      values: current.values,
      explanations: { 'SOME-RULE': EXPLANATION_PHRASE },
      narrative: narrativeSaying(DRAFT_PHRASE),
    });
    expect(saved.status).toBe(200);
  });

  afterAll(() => api.close());

  it('shows the demo’s published reports by year, 区/县 and agency, with the on-time mark', async () => {
    const home = await page('/gk/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.text).toContain('<html lang="zh-CN"');
    expect(home.text).toContain('2024年度政府信息公开工作年度报告');
    expect(home.text).toMatch(/<h3>东区<\/h3>/);
    expect(home.text).toContain('市本级及市级部门');
    expect(home.text).toContain('按时发布');
    expect(home.text).toContain('逾期发布');
    for (const year of [2017, 2018, 2019, 2020]) expect(home.text).toContain(`/gk/years/${year}`);

    const agencyId = await world.orgId('东区');
    const agency = await page(`/gk/agencies/${agencyId}`);
    expect(agency.status).toBe(200);
    expect(agency.text).toContain('2018年度');
    expect(agency.text).toContain('2024年度');
    // The demo's history (2021–2023) makes 2023 the year before 2024.
    expect(agency.text).toContain(`/gk/agencies/${agencyId}/compare?years=2023,2024`);
  });

  it('serves a report as an accessible page, Word, JSON and CSV, and compares an agency’s years', async () => {
    const year = await page('/gk/years/2024');
    const reportId = Number(/\/gk\/reports\/(\d+)/.exec(year.text)![1]);
    const report = await page(`/gk/reports/${reportId}`);
    expect(report.status).toBe(200);
    expect(report.text).toContain('<th scope="col"');
    expect(report.text).toContain('<caption');
    expect(report.text).toContain('<meta name="description"');
    expect(report.text).toContain(
      `<link rel="canonical" href="http://gk.example.test/gk/reports/${reportId}">`,
    );
    expect(report.text).not.toContain('<script');

    const json = await page(`/gk/reports/${reportId}.json`);
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ reportId, reportYear: 2024, formatId: '2021' });
    expect(json.body.cells[0]).toEqual(
      expect.objectContaining({
        code: expect.any(String),
        labelPath: expect.any(String),
        column: expect.any(String),
      }),
    );

    const csv = await page(`/gk/reports/${reportId}.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, firstRow] = csv.text.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe('cell_code,label_path,column,value,unit');
    expect(firstRow.split(',')[0]).toBe(json.body.cells[0].code);

    const docx = await page(`/gk/reports/${reportId}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');

    const compare = await page(`/gk/agencies/${await world.orgId('东区')}/compare?years=2018,2024`);
    expect(compare.status).toBe(200);
    expect(compare.text).toContain('旧版统计表');
    const townId = await world.orgId('西城街道');
    const town = await page(`/gk/agencies/${townId}`);
    expect(town.text).toContain('2024年度');
  });

  it('answers with ETag and Cache-Control, and 304 to a fresh revalidation', async () => {
    const first = await page('/gk/');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect(first.headers.etag).toBeTruthy();
    const again = await page('/gk/').set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('finds published reports by Chinese words in the narrative and the agency name', async () => {
    const byText = await page(`/gk/search?q=${encodeURIComponent('乡村振兴')}`);
    expect(byText.status).toBe(200);
    expect(byText.text).toMatch(/找到\d+份包含/);
    expect(byText.text).toContain('<mark>乡村振兴</mark>');
    const byName = await page(`/gk/search?q=${encodeURIComponent('西城街道')}`);
    expect(byName.text).toContain('西城街道2024年政府信息公开工作年度报告');
    const none = await page(`/gk/search?q=${encodeURIComponent('振兴乡村')}`);
    expect(none.text).toContain('没有找到');
  });

  it('never shows a draft, a returned, a pending or an approved-but-unpublished report, nor a 说明 or a comment', async () => {
    const listings = await publicListings();
    for (const { id, orgName } of currentReports) {
      for (const suffix of ['', '.json', '.csv', '.docx', '.pdf']) {
        const response = await page(`/gk/reports/${id}${suffix}`);
        expect({ orgName, suffix, status: response.status }).toEqual({ orgName, suffix, status: 404 });
      }
      expect(listings).not.toContain(`/gk/reports/${id}<`);
      expect(listings).not.toContain(`/gk/reports/${id}"`);
    }
    expect(listings).not.toContain('2025年度');
    for (const secret of [DRAFT_PHRASE, EXPLANATION_PHRASE, RETURN_COMMENT]) {
      expect(listings).not.toContain(secret);
      const search = await page(`/gk/search?q=${encodeURIComponent(secret.slice(0, 8))}`);
      expect(search.text).toContain('没有找到');
    }
    expect((await page('/gk/reports/99999999')).status).toBe(404);
    expect((await page('/gk/reports/abc')).status).toBe(404);
  });

  it('never shows an internal field, whatever the request asks for', async () => {
    const year = await page('/gk/years/2024');
    const reportId = Number(/\/gk\/reports\/(\d+)/.exec(year.text)![1]);
    const keys = new Set([
      ...keysOf((await page(`/gk/reports/${reportId}.json`)).body),
      ...keysOf(JSON.parse((await page('/gk/data/2024.json')).text)),
    ]);
    for (const field of INTERNAL_FIELDS.filter((name) => name !== 'url')) expect(keys).not.toContain(field);
    const plain = await page(`/gk/reports/${reportId}.json`);
    for (const field of INTERNAL_FIELDS) {
      const asked = await page(`/gk/reports/${reportId}.json?fields=${field}&include=${field}&${field}=1`);
      expect(asked.body).toEqual(plain.body);
    }
  });

  it('publishes an approved report, keeps the published text after a reopen, and answers 410 once withdrawn', async () => {
    const campaignId = await world.campaignId(2025);
    const { id } = await world.report(campaignId, '西城街道');
    expect((await page(`/gk/reports/${id}`)).status).toBe(404);

    const published = await api.put(`/api/reports/${id}/publication`, 'city_reviewer', {
      publishedAt: '2026-01-20',
      url: 'https://www.example.gov.cn/xicheng/2025.html',
    });
    expect(published.status).toBe(200);
    expect(published.body.publicUrl).toBe(`/gk/reports/${id}`);
    const shown = await page(`/gk/reports/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('西城街道2025年政府信息公开工作年度报告');
    expect((await page('/gk/')).text).toContain(`/gk/reports/${id}`);
    expect((await page('/gk/feed.atom')).text).toContain(`/gk/reports/${id}</id>`);
    expect((await page('/gk/sitemap.xml')).text).toContain(`/gk/reports/${id}</loc>`);

    // Reopened and edited, the report is a draft again; the site keeps what was published.
    expect((await world.act(id, 'reopen', 'city_reviewer', '请补充说明。')).status).toBe(200);
    const draft = (await api.get(`/api/reports/${id}`, 'admin')).body;
    const west = 'west_town_submitter';
    await world.createUser(west, '西城街道', ['submitter']);
    const edited = await api.put(`/api/reports/${id}`, west, {
      version: draft.version,
      values: draft.values,
      narrative: narrativeSaying(REOPENED_PHRASE),
    });
    expect(edited.status).toBe(200);
    const still = await page(`/gk/reports/${id}`);
    expect(still.status).toBe(200);
    expect(still.text).not.toContain(REOPENED_PHRASE);
    expect((await page(`/gk/search?q=${encodeURIComponent(REOPENED_PHRASE)}`)).text).toContain('没有找到');

    const withdrawn = await api.delete(`/api/reports/${id}/publication`, 'city_reviewer');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ isPublished: false, publicUrl: null });
    for (const suffix of ['', '.json', '.csv', '.docx'])
      expect((await page(`/gk/reports/${id}${suffix}`)).status).toBe(410);
    const gone = await page(`/gk/reports/${id}`);
    expect(gone.text).toContain('已撤下');
    expect((await page('/gk/feed.atom')).text).not.toContain(`/gk/reports/${id}<`);
    expect((await page('/gk/sitemap.xml')).text).not.toContain(`/gk/reports/${id}<`);
    expect((await page('/gk/')).text).not.toContain(`/gk/reports/${id}"`);
    expect((await api.delete(`/api/reports/${id}/publication`, 'city_reviewer')).status).toBe(409);
  });

  it('lets the city set the title, footer and levels; a township submitter may not', async () => {
    const settings = {
      title: '示范市政府信息公开年报专栏',
      organizer: '示范市人民政府办公室',
      siteCode: '3300000001',
      icpRecord: '浙ICP备00000000号',
      policeRecord: '浙公网安备 33000002000001号',
      visibleOrgTypes: ['city', 'city_department', 'district', 'district_department'],
    };
    expect((await api.put('/api/public-site/settings', 'submitter', settings)).status).toBe(403);
    expect((await api.put('/api/public-site/settings', 'district_reviewer', settings)).status).toBe(403);
    const saved = await api.put('/api/public-site/settings', 'city_reviewer', settings);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...settings, siteUrl: '/gk/' });
    expect((await api.get('/api/public-site/settings', 'submitter')).body.title).toBe(settings.title);

    // Pages read the settings through a short per-process cache; a new app instance sees them at once.
    const restarted = await startTestApp({ mode: 'embedded' });
    try {
      expect((await restarted.put('/api/public-site/settings', 'admin', settings)).status).toBe(200);
      const home = await restarted.http().get('/gk/');
      expect(home.text).toContain(`<title>${settings.title}</title>`);
      expect(home.text).toContain('网站标识码：3300000001');
      expect(home.text).toContain('浙ICP备00000000号');
      expect(home.text).not.toContain('东城街道');
      expect(home.text).toContain('东区教育局');
    } finally {
      await restarted.close();
    }
  });
});

describe('年报专栏 in embedded mode (sql.js, the `pnpm start` default)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded', environment: { PUBLIC_SEARCH_THROTTLE_LIMIT: '3' } });
  });

  afterAll(() => api.close());

  it('shows the demo’s published reports at once and searches Chinese, within the rate limit', async () => {
    const home = await api.http().get('/gk/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('2024年度政府信息公开工作年度报告');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const search = await api.http().get(`/gk/search?q=${encodeURIComponent('政务公开')}`);
      statuses.push(search.status);
      if (attempt === 0) expect(search.text).toContain('<mark>政务公开</mark>');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
