import { REPORT_FIGURES } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import { binaryParser } from '../../../test/jobs/wait-for-job';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

interface TrendYear {
  year: number;
  reportCount: number;
  values: Record<string, number | null>;
}

/** The figure as the 汇总 gives it: the sum of its cells in the consolidated table. */
function figureOfSummary(
  summary: { values: Record<string, number | null> },
  figureId: string,
): number | null {
  const cells = REPORT_FIGURES.find((figure) => figure.id === figureId)!.cells['2021'];
  if (!cells) return null;
  const filled = cells.map((cell) => summary.values[cell]).filter((value): value is number => value !== null);
  return filled.length === 0
    ? null
    : Math.round(filled.reduce((sum, value) => sum + value, 0) * 10000) / 10000;
}

describe('analytics (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
  });

  afterAll(() => api.close());

  it.each([
    ['city_reviewer', '示范市'],
    ['district_reviewer', '东区'],
  ])('the trend of %s for %s matches the 汇总 of the same scope and year', async (username, orgName) => {
    const campaignId = await world.campaignId(2024);
    const orgId = await world.orgId(orgName);
    const summary = (await api.get(`/api/campaigns/${campaignId}/summary?org=${orgId}`, username)).body;
    const trend = await api.get(`/api/analytics/trend?org=${orgId}`, username);
    expect(trend.status).toBe(200);
    const year = (trend.body.years as TrendYear[]).find((candidate) => candidate.year === 2024)!;
    expect(year.reportCount).toBe(summary.reportCount);
    for (const figure of REPORT_FIGURES.filter((candidate) => candidate.cells['2021'])) {
      expect({ figure: figure.id, value: year.values[figure.id] }).toEqual({
        figure: figure.id,
        value: figureOfSummary(summary, figure.id),
      });
    }
    // Several years of history, so the charts have a line to draw.
    expect((trend.body.years as TrendYear[]).map((candidate) => candidate.year)).toEqual(
      expect.arrayContaining([2021, 2022, 2023, 2024]),
    );
  });

  it('the ranking of one year adds up to the 汇总 and names the org that stands out among its peers', async () => {
    const campaignId = await world.campaignId(2024);
    const summary = (await api.get(`/api/campaigns/${campaignId}/summary`, 'city_reviewer')).body;
    const ranking = await api.get(
      '/api/analytics/ranking?year=2024&measure=received&limit=1000',
      'city_reviewer',
    );
    expect(ranking.status).toBe(200);
    const total = ranking.body.entries.reduce(
      (sum: number, entry: { value: number }) => sum + entry.value,
      0,
    );
    expect(total).toBe(summary.values['T21.B.A1.TOT']);
    expect(ranking.body.entries[0].cells).toEqual(['T21.B.A1.TOT']);

    const outliers = await api.get('/api/analytics/outliers?year=2023', 'city_reviewer');
    expect(outliers.status).toBe(200);
    const donghu = outliers.body.items.filter(
      (item: { orgName: string; measure: { id: string } }) =>
        item.orgName === '东湖镇' && item.measure.id === 'received',
    );
    expect(donghu.map((item: { kind: string }) => item.kind).sort()).toEqual(['jump', 'peer']);
  });

  it('a district reviewer cannot see another district in any endpoint', async () => {
    const west = await world.orgId('西区');
    const westTown = await world.orgId('西城街道');
    const campaignId = await world.campaignId(2025);
    for (const path of [
      `/api/analytics/trend?org=${west}`,
      `/api/analytics/trend?org=${westTown}&of=org`,
      `/api/analytics/ranking?year=2024&measure=received&org=${west}`,
      `/api/analytics/ranking?year=2024&measure=received&district=${west}`,
      `/api/analytics/outliers?year=2024&district=${west}`,
      `/api/analytics/outliers.xlsx?year=2024&org=${west}`,
      `/api/analytics/timeline?campaign=${campaignId}&org=${west}`,
      `/api/analytics/scorecard?year=2024&org=${west}`,
      `/api/analytics/scorecard.xlsx?year=2024&district=${west}`,
    ]) {
      const response = await api.get(path, 'district_reviewer');
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 404,
        code: 'ORG_NOT_FOUND',
      });
    }
    const ownView = [
      (await api.get('/api/analytics/ranking?year=2024&measure=received&limit=1000', 'district_reviewer'))
        .body.entries,
      (await api.get('/api/analytics/scorecard?year=2024', 'district_reviewer')).body.rows,
      (await api.get('/api/analytics/outliers?year=2023', 'district_reviewer')).body.items,
    ].flat() as { orgName: string }[];
    expect(ownView.length).toBeGreaterThan(0);
    expect(ownView.filter((row) => !row.orgName.startsWith('东'))).toEqual([]);
    const timeline = (await api.get(`/api/analytics/timeline?campaign=${campaignId}`, 'district_reviewer'))
      .body;
    expect(timeline.totalReports).toBe(7);
  });

  it('an approval refreshes the summary rows at once; a return is counted on the scorecard', async () => {
    const campaignId = await world.campaignId(2025);
    const report = await world.report(campaignId, '东区财政局');
    const rankedBefore = (
      await api.get('/api/analytics/ranking?year=2025&measure=received&limit=1000', 'city_reviewer')
    ).body.entries.map((entry: { reportId: number }) => entry.reportId);
    expect(rankedBefore).not.toContain(report.id);

    expect((await world.act(report.id, 'approve', 'city_leader')).status).toBe(200);
    const ranked = (
      await api.get('/api/analytics/ranking?year=2025&measure=received&limit=1000', 'city_reviewer')
    ).body.entries.find((entry: { reportId: number }) => entry.reportId === report.id);
    const stored = (await api.get(`/api/reports/${report.id}`, 'city_reviewer')).body;
    expect(ranked.value).toBe(stored.values['T21.B.A1.TOT']);

    const returned = await world.report(campaignId, '东区卫生健康局');
    expect((await world.act(returned.id, 'return', 'city_reviewer', '请补充说明。')).status).toBe(200);
    const row = (await api.get('/api/analytics/scorecard?year=2025', 'city_reviewer')).body.rows.find(
      (candidate: { reportId: number }) => candidate.reportId === returned.id,
    );
    expect(row.facts.returnCount).toBe(1);
    expect(row.points.noReturns).toBe(10);
  });

  it('the scorecard shows its weights and exports them with the ranking to Excel', async () => {
    const scorecard = (await api.get('/api/analytics/scorecard?year=2023', 'city_reviewer')).body;
    expect(
      scorecard.criteria.reduce((sum: number, criterion: { weight: number }) => sum + criterion.weight, 0),
    ).toBe(100);
    const returnedOnce = scorecard.rows.find((row: { orgName: string }) => row.orgName === '东湖镇');
    expect(returnedOnce.facts.returnCount).toBe(1);
    expect(returnedOnce.score).toBeLessThan(100);

    const download = await api
      .http()
      .get('/api/analytics/scorecard.xlsx?year=2023')
      .set('authorization', `Bearer ${await api.token('city_reviewer')}`)
      .buffer(true)
      .parse(binaryParser);
    expect(download.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(download.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['年报质量', '评分规则']);
    expect(workbook.getWorksheet('年报质量')!.rowCount).toBe(2 + scorecard.rows.length);
  });

  it('answers 400 with a Chinese message for a measure it does not know', async () => {
    const response = await api.get('/api/analytics/ranking?year=2024&measure=everything', 'city_reviewer');
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('measure');
  });
});

describe('analytics in the embedded demo (sql.js)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
  });

  afterAll(() => api.close());

  it('the demo city has its history in charts from the first start', async () => {
    const trend = (await api.get('/api/analytics/trend', 'city_reviewer')).body;
    expect(trend.years.filter((year: TrendYear) => year.reportCount > 0).length).toBeGreaterThanOrEqual(5);
    const campaignId = (await new DemoWorld(api).campaignId(2024)) as number;
    const timeline = (await api.get(`/api/analytics/timeline?campaign=${campaignId}`, 'city_reviewer')).body;
    expect(timeline.days.length).toBeGreaterThan(0);
    expect(timeline.days.at(-1).cumulativeApproved).toBe(timeline.totalReports);
  });
});
