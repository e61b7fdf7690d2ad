import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import { demoSession, openSignedIn } from './browser/log-in';
import type { RunningServer } from './browser/vite-dev-server';
import { ADMIN_FOLDER, startViteDevServer } from './browser/vite-dev-server';

jest.setTimeout(180_000);

const SCREENSHOTS = path.join(ADMIN_FOLDER, '../../docs/screenshots');
const SEEDS = path.resolve(ADMIN_FOLDER, '../../../shared/fixtures/seeds');
const seed = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');

/** 东区's own 2020 report (matched), a 2019 report under a name the tree spells differently, one naming nobody. */
const FILES = [
  {
    name: '东区2020年报.txt',
    buffer: Buffer.from(
      seed('004_ecd5872fd256d62d.txt')
        .replaceAll('宁海县人民政府办公室', '东区人民政府办公室')
        .replaceAll('宁海县', '东区'),
    ),
  },
  {
    name: '卫健委2019年报.txt',
    buffer: Buffer.from(
      seed('003_d700c24dbd5bf299.txt')
        .replaceAll('宝山区规划和自然资源局', '东区卫生和健康委员会')
        .replaceAll('区规划资源局', '区卫健委'),
    ),
  },
  { name: 'report-2018.txt', buffer: Buffer.from(seed('000_b55ee0d3163912f6.txt')) },
].map((file) => ({ ...file, mimeType: 'text/plain' }));

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

const rowOf = (fileName: string) =>
  page.getByRole('row').filter({ has: page.getByText(fileName, { exact: true }) });

test('the district 政务公开办 uploads past reports, settles the doubtful and unmatched ones, and imports them', async () => {
  await openSignedIn(page, { app: web.url, api: api.url }, 'district_reviewer', '/history-import');
  await page.getByText('还没有上传过历史年报').waitFor({ timeout: 90_000 });

  await page.locator('input[type=file]').setInputFiles(FILES);
  await page.getByRole('button', { name: '开始读取（3 个文件）' }).click();
  await page.getByText('读取完成，请在下方逐个确认').waitFor({ timeout: 60_000 });

  await expect(rowOf('东区2020年报.txt').getByTestId('match-group').textContent()).resolves.toBe(
    '已匹配或已确认',
  );
  await expect(rowOf('卫健委2019年报.txt').getByTestId('match-group').textContent()).resolves.toBe('存疑');
  await expect(rowOf('report-2018.txt').getByTestId('match-group').textContent()).resolves.toBe('未匹配');
  await expect(page.getByRole('button', { name: '导入 1 份已确认的年报' }).isEnabled()).resolves.toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-history-import.png`, fullPage: true });

  // The proposal for the mis-named bureau is right: confirm it.
  await rowOf('卫健委2019年报.txt').getByRole('button', { name: '确认' }).click();
  await page.getByRole('button', { name: '导入 2 份已确认的年报' }).waitFor();

  // The anonymous 2018 report is 东山乡's: pick it in the tree.
  await rowOf('report-2018.txt').getByLabel('report-2018.txt 导入到单位').click();
  await page.keyboard.type('东山乡');
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '东山乡' }).click();
  await page.getByRole('button', { name: '导入 3 份已确认的年报' }).click();
  await page.getByText('已导入 3 份历史年报').waitFor();
  await expect(page.getByTestId('match-group').allTextContents()).resolves.toEqual([
    '已导入',
    '已导入',
    '已导入',
  ]);

  // Each one is now its org's approved report of the year, and nobody can act on it.
  await rowOf('report-2018.txt').getByRole('link', { name: '东山乡' }).click();
  await page.waitForURL(/\/reports\/\d+$/);
  const reportId = Number(page.url().split('/').pop());
  const session = await demoSession(api.url, 'district_reviewer');
  const report = (await (
    await fetch(`${api.url}/api/reports/${reportId}`, {
      headers: { Authorization: `Bearer ${session.accessToken}` },
    })
  ).json()) as { state: string; reportYear: number; availableActions: string[] };
  expect(report).toMatchObject({ state: 'approved', reportYear: 2018, availableActions: [] });
});
