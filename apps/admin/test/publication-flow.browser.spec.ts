import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildAdmin, startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import type { RunningServer } from './browser/vite-dev-server';
import { ADMIN_FOLDER } from './browser/vite-dev-server';
import { currentReportOf, logIn as logInAs } from './browser/log-in';

jest.setTimeout(180_000);

const SCREENSHOTS = path.join(ADMIN_FOLDER, '../../docs/screenshots');

let api: RunningServer;
let page: Page;
chromiumPerFile((opened) => (page = opened));

beforeAll(async () => {
  buildAdmin();
  api = await startEmbeddedApi();
});

afterAll(async () => {
  await api?.stop();
});

const logIn = (username: string) => logInAs(page, api.url, username);

const reportOf = (orgName: string) => currentReportOf(page, orgName);

test('the submitter writes the narrative beside the tables, sees a contradicting number flagged, and downloads the Word document', async () => {
  await logIn('submitter');
  const report = await reportOf('东城街道');
  const received = report.values['T21.B.A1.TOT'] ?? 0;
  await page.goto(`${api.url}/reports/${report.id}`);
  await page.getByTestId('report-editor').waitFor();

  await page.getByRole('tab', { name: '正文' }).click();
  await page.getByRole('button', { name: '添加段落：一、总体情况' }).click();
  const paragraph = page.getByRole('textbox', { name: '一、总体情况第 1 段' });
  await paragraph.fill(`本年度共收到政府信息公开申请${received + 7}件。`);
  await expect(page.getByTestId('narrative-mismatch').textContent()).resolves.toContain(
    `统计表：${received}`,
  );
  // Last year's text (the demo's 2024 narrative) quoted as it is: 内容雷同.
  const problems = page.getByRole('region', { name: '五、存在的主要问题及改进情况' });
  await problems.getByRole('button', { name: '查看上年文本' }).click();
  await problems.getByRole('button', { name: '引用上年文本：五、存在的主要问题及改进情况' }).click();
  await problems.getByTestId('narrative-copied').waitFor();
  await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-narrative-editor.png`, fullPage: true });

  // Saved with the report: it is there after a reload.
  await page.reload();
  await page.getByRole('tab', { name: '正文' }).click();
  await expect(page.getByRole('textbox', { name: '一、总体情况第 1 段' }).inputValue()).resolves.toContain(
    '本年度共收到政府信息公开申请',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/东城街道.*2025年政府信息公开工作年度报告\.docx$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('after final approval the reviewer records the publication, and the progress page counts it', async () => {
  await logIn('city_reviewer');
  await page.goto(`${api.url}/reports/${(await reportOf('西城街道')).id}`);
  const panel = page.getByTestId('publication-panel');
  await panel.getByText('法定发布期限').waitFor();
  await expect(panel.textContent()).resolves.toContain('法定发布期限2026-01-31');

  await panel.getByLabel('发布日期').click();
  await page.keyboard.type('2026-01-20');
  await page.keyboard.press('Enter');
  await panel.getByLabel('发布网址').fill('https://www.example.gov.cn/xicheng/2025.html');
  await panel.getByRole('button', { name: '登记发布' }).click();
  await panel.getByText('按时发布').waitFor();
  await panel.screenshot({ path: `${SCREENSHOTS}/admin-publication.png` });

  await page.getByRole('link', { name: '进度' }).click();
  const west = page.getByRole('row', { name: /^西区/ });
  await west.waitFor();
  const headers = await page.getByRole('columnheader').allTextContents();
  const cells = await west.getByRole('cell').allTextContents();
  expect(cells[headers.indexOf('已发布')]).toBe('1');
  expect(cells[headers.indexOf('按时发布')]).toBe('1');
});
