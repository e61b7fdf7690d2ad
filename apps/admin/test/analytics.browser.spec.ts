import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { reportFigureDef } from '@nianbao/rules';
import { startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import { demoSession, openSignedIn } from './browser/log-in';
import type { RunningServer } from './browser/vite-dev-server';
import { ADMIN_FOLDER, startViteDevServer } from './browser/vite-dev-server';

jest.setTimeout(180_000);

const SCREENSHOTS = path.join(ADMIN_FOLDER, '../../docs/screenshots');
const YEAR = 2023;

let api: RunningServer;
let web: RunningServer;
let page: Page;
chromiumPerFile((opened) => (page = opened));

beforeAll(async () => {
  api = await startEmbeddedApi();
  web = await startViteDevServer(api.url);
});

afterAll(async () => {
  await web?.stop();
  await api?.stop();
});

async function getJson<T>(username: string, url: string): Promise<T> {
  const { accessToken } = await demoSession(api.url, username);
  const response = await fetch(`${api.url}${url}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** 新收申请 of the 汇总 of the user's scope in that year: the cells the analytics figure adds up. */
async function receivedInSummary(username: string, year: number): Promise<number> {
  const campaigns = await getJson<{ id: number; reportYear: number }[]>(username, '/api/campaigns');
  const campaign = campaigns.find((candidate) => candidate.reportYear === year)!;
  const summary = await getJson<{ formatId: '2021'; values: Record<string, number | null> }>(
    username,
    `/api/campaigns/${campaign.id}/summary`,
  );
  const cells = reportFigureDef('received').cells[summary.formatId]!;
  return cells.reduce((sum, cell) => sum + (summary.values[cell] ?? 0), 0);
}

async function openAs(username: string, address: string): Promise<void> {
  await openSignedIn(page, { app: web.url, api: api.url }, username, address);
  await page.getByRole('heading', { name: '数据分析' }).waitFor({ timeout: 60_000 });
}

const cardTitled = (title: string | RegExp): Locator =>
  page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: title }) });

/** The numbers of a chart, read from its 数据表 toggle as a user would copy them. */
async function tableOf(card: Locator): Promise<string[][]> {
  await card.getByText('数据表', { exact: true }).click();
  await card.locator('.ant-table-tbody tr').first().waitFor();
  return card
    .locator('.ant-table-tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

const asNumber = (text: string) => Number(text.replace(/,/g, ''));

test('the city 政务公开办 sees its jurisdiction over the years; 新收申请 equals the 汇总 of each year', async () => {
  await openAs('city_reviewer', '/analytics');
  const applications = cardTitled(/示范市辖区合计：依申请公开：新收、办结与结转下年度/);
  await applications.locator('canvas').first().waitFor();
  await cardTitled('办理结果占办结申请的比例').locator('canvas').first().waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-analytics-trend.png`, fullPage: true });

  const rows = await tableOf(applications);
  const byYear = new Map(rows.map((row) => [row[0], row]));
  for (const year of [2021, YEAR, 2024]) {
    expect(asNumber(byYear.get(`${year}年`)![1])).toBe(await receivedInSummary('city_reviewer', year));
  }
  // The 2018 legacy table has no 结转 row: shown as not known, never as 0.
  expect(byYear.get('2018年')?.[3]).toBe('—');
});

test('one year across orgs: the ranking adds up to the 汇总, the outlier is named and opens its cell', async () => {
  await openAs('city_reviewer', `/analytics?view=ranking&year=${YEAR}&measure=received`);
  const ranking = cardTitled(`${YEAR}年各单位新收申请排名`);
  await ranking.locator('canvas').first().waitFor();
  await page.getByTestId('distribution').waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-analytics-ranking.png`, fullPage: true });
  const rows = await tableOf(ranking);
  const total = rows.reduce((sum, row) => sum + asNumber(row[1]), 0);
  expect(total).toBe(await receivedInSummary('city_reviewer', YEAR));

  await page.getByRole('tab', { name: '异常值' }).click();
  const jump = page
    .getByRole('row')
    .filter({ hasText: '同比大幅变化' })
    .filter({ hasText: '东湖镇' })
    .first();
  await jump.waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-analytics-outliers.png`, fullPage: true });
  await jump.getByRole('link', { name: '东湖镇' }).click();
  await page.waitForURL(/\/reports\/\d+\?cell=/);
  const linked = new URL(page.url()).searchParams.get('cell');
  expect(linked).toBeTruthy();
  await page.waitForFunction((cell) => document.activeElement?.getAttribute('data-cell') === cell, linked);
});

test('the campaign timeline and the quality scorecard with its weights', async () => {
  const campaigns = await getJson<{ id: number; reportYear: number }[]>('city_reviewer', '/api/campaigns');
  const finished = campaigns.find((campaign) => campaign.reportYear === 2024)!;
  await openAs('city_reviewer', `/analytics?view=timeline&campaign=${finished.id}`);
  await cardTitled(/逐日提交与审核通过（燃尽）/)
    .locator('canvas')
    .first()
    .waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-analytics-timeline.png`, fullPage: true });

  await page.getByRole('tab', { name: '年报质量评分' }).click();
  await page.getByTestId('scorecard-weights').getByText('按时提交 20 分').waitFor();
  const firstRow = page.locator('.ant-table-tbody tr').first();
  await expect(firstRow.locator('td').first().textContent()).resolves.toBe('1');
  await page.screenshot({ path: `${SCREENSHOTS}/admin-analytics-scorecard.png`, fullPage: true });
});

test('a district reviewer sees only their district, in the picker and in every chart', async () => {
  await openAs('district_reviewer', `/analytics?view=ranking&year=${YEAR}&measure=received`);
  const ranking = cardTitled(`${YEAR}年各单位新收申请排名`);
  await ranking.locator('canvas').first().waitFor();
  const orgs = (await tableOf(ranking)).map((row) => row[0]);
  expect(orgs.length).toBeGreaterThan(0);
  expect(orgs.every((name) => name.startsWith('东'))).toBe(true);
  const total = (await tableOf(ranking)).reduce((sum, row) => sum + asNumber(row[1]), 0);
  expect(total).toBe(await receivedInSummary('district_reviewer', YEAR));

  await page.getByLabel('分析范围').click();
  await page.locator('.ant-select-tree').waitFor();
  await expect(page.locator('.ant-select-tree').textContent()).resolves.not.toContain('西区');
  await page.keyboard.press('Escape');

  // Typed by hand, another district's id is refused by the API and said in Chinese.
  const tree = await getJson<{ id: number; name: string; children: { id: number; name: string }[] }[]>(
    'city_reviewer',
    '/api/orgs/tree',
  );
  const west = tree[0].children.find((child) => child.name === '西区')!;
  await page.goto(`${web.url}/analytics?view=trend&org=${west.id}`);
  const refusal = page.locator('.ant-alert-error').first();
  await refusal.waitFor();
  await expect(refusal.textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
  await expect(page.locator('canvas').count()).resolves.toBe(0);
});
