import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { exportReport, importWorkbook } from '@nianbao/excel';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { buildAdmin, startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import type { RunningServer } from './browser/vite-dev-server';
import { ADMIN_FOLDER } from './browser/vite-dev-server';
import { logIn as logInAs } from './browser/log-in';

jest.setTimeout(180_000);

const SCREENSHOTS = path.join(ADMIN_FOLDER, '../../docs/screenshots');

let api: RunningServer;
let page: Page;
chromiumPerFile((opened) => (page = opened));
/** How long the 2021 editor took to render each time a test opened a report; the budget is asserted by the bench. */
const editorMountMs: number[] = [];

beforeAll(async () => {
  buildAdmin();
  api = await startEmbeddedApi();
});

afterAll(async () => {
  await api?.stop();
  const sorted = [...editorMountMs].sort((a, b) => a - b);
  if (sorted.length > 0) {
    console.log(
      `2021 editor first render over ${sorted.length} openings under this run's load: fastest ${sorted[0].toFixed(
        1,
      )} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms`,
    );
  }
});

const logIn = (username: string) => logInAs(page, api.url, username);
/** Waits until antd's motions (dropdowns, validation messages) have finished, so nothing moves under a click. */
const settle = () => page.waitForFunction(() => document.getAnimations().length === 0);

async function openReportOf(menu: string, orgName: string): Promise<void> {
  await page.getByRole('link', { name: menu }).click();
  if (menu === '审核') await page.getByText('全部（').click();
  await page.getByRole('link', { name: orgName }).first().click();
  await page.getByTestId('report-editor').waitFor();
  editorMountMs.push(
    await page.evaluate(
      () => performance.getEntriesByName('report-editor:mount').at(-1)?.duration ?? Number.NaN,
    ),
  );
}

/** Calls the API as the user signed in on the page. */
async function apiGet<T>(path: string): Promise<T> {
  const token = await page.evaluate(
    () => JSON.parse(localStorage.getItem('nianbao.session') ?? '{}').accessToken,
  );
  const response = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`),
});

/** Clicks a button that downloads a workbook and opens what arrived with exceljs. */
async function downloadWorkbook(
  button: ReturnType<Page['getByRole']>,
): Promise<{ name: string; workbook: Workbook; data: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const data = await readFile(await download.path());
  const workbook = new Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return { name: download.suggestedFilename(), workbook, data };
}

/** A template downloaded from the page, filled in with these rows, as a file to upload. */
async function filledTemplate(workbook: Workbook, name: string, rows: (string | number)[][]) {
  const sheet = workbook.worksheets[0];
  for (const row of rows) sheet.addRow(row);
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

const cell = (code: string) => page.locator(`input[data-cell="${code}"]`);
/** Waits until a cell shows a value (a reload after a restore or an import takes a moment). */
const cellBecomes = (code: string, value: string) =>
  page.waitForFunction(
    ([cellCode, expected]) =>
      document.querySelector<HTMLInputElement>(`input[data-cell="${cellCode}"]`)?.value === expected,
    [code, value],
  );
const statusBecomes = (label: string) =>
  page.getByTestId('report-status').filter({ hasText: label }).waitFor();

test('the login page loads at most 300 KB of JavaScript (gzip) and rejects a wrong password in Chinese', async () => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
  });
  await page.goto(`${api.url}/login`);
  await page.getByLabel('用户名').waitFor();
  const gzipBytes = scripts.reduce(
    (sum, script) => sum + gzipSync(readFileSync(path.join(ADMIN_FOLDER, 'dist', script))).length,
    0,
  );
  console.log(
    `login route: ${scripts.length} scripts, ${(gzipBytes / 1024).toFixed(1)} KB gzip\n${scripts
      .map(
        (script) =>
          `${script} ${(gzipSync(readFileSync(path.join(ADMIN_FOLDER, 'dist', script))).length / 1024).toFixed(1)} KB`,
      )
      .join('\n')}`,
  );
  expect(gzipBytes).toBeLessThanOrEqual(300 * 1024);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-login.png` });

  await page.getByLabel('用户名').fill('submitter');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /密码|用户名/ })
    .waitFor();
});

test('a submitter who types the address of the administrator’s page is told it is not theirs', async () => {
  await logIn('submitter');
  await page.goto(`${api.url}/orgs`);
  await page.getByText('没有权限访问此页面').waitFor();
  await expect(page.getByRole('button', { name: '导入用户' }).count()).resolves.toBe(0);
  await expect(
    page.getByRole('navigation', { name: '主菜单' }).getByRole('link').allTextContents(),
  ).resolves.toEqual(['我的填报']);
});

test('an edit based on an old version is not saved over someone else’s, and says so', async () => {
  await logIn('submitter');
  await openReportOf('我的填报', '东城街道');
  // Someone else saves the same report meanwhile.
  const token = await page.evaluate(
    () => JSON.parse(localStorage.getItem('nianbao.session') ?? '{}').accessToken,
  );
  const reportId = Number(new URL(page.url()).pathname.split('/').pop());
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const current = await (await fetch(`${api.url}/api/reports/${reportId}`, { headers })).json();
  const saved = await fetch(`${api.url}/api/reports/${reportId}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      version: current.version,
      values: current.values,
      explanations: current.explanations,
    }),
  });
  expect(saved.status).toBe(200);

  await cell('T21.A.20_1.GZ.MADE').fill('2');
  await page.getByTestId('save-status').filter({ hasText: '版本冲突' }).waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: '载入最新版本' }).click();
  await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor();

  // A mistaken edit is saved as a new version; restoring the version before it brings the old number back.
  const before = await cell('T21.A.20_6.QZ.DEC').inputValue();
  await cell('T21.A.20_6.QZ.DEC').fill('9999');
  await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor();
  await page.getByRole('button', { name: '历史版本' }).click();
  const drawer = page.getByRole('dialog', { name: '历史版本与审批记录' });
  await drawer.getByRole('button', { name: '恢复为新版本' }).first().click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复' }).click();
  await page.getByText(/已将第 \d+ 版恢复为新版本/).waitFor();
  await cellBecomes('T21.A.20_6.QZ.DEC', before);
  await page.getByRole('button', { name: '历史版本' }).click();
  await drawer.getByText(/由第 \d+ 版恢复/).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-report-history.png` });
});

test('submitter fixes an error and submits; the district returns it with a comment on a cell; the submitter resubmits; every level approves and the city sees it approved', async () => {
  await logIn('submitter');
  await openReportOf('我的填报', '东城街道');
  // The template and the filled workbook download as Excel files.
  for (const button of ['下载模板', '下载已填工作簿']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await readFile(await download.path())).subarray(0, 2).toString()).toBe('PK');
  }

  // A workbook filled offline with an arithmetic error: the natural persons' new applications are 7 too many.
  const reportId = Number(new URL(page.url()).pathname.split('/').pop());
  const { values } = await apiGet<{ values: Record<string, number | null> }>(`/api/reports/${reportId}`);
  const original = String(values['T21.B.A1.NP']);
  const workbook = await exportReport({
    formatId: '2021',
    reportYear: 2025,
    agency: '东城街道',
    values: { ...values, 'T21.B.A1.NP': Number(original) + 7 },
  });
  await page.locator('input[type=file]').setInputFiles({
    name: '东城街道.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(workbook),
  });
  await page.getByText(/已导入为第 \d+ 版/).waitFor();
  await page.getByRole('tab', { name: '依申请公开' }).click();
  await cellBecomes('T21.B.A1.NP', String(Number(original) + 7));
  const natural = page.locator('td', { has: cell('T21.B.A1.NP') });
  await expect(natural.getAttribute('class')).resolves.toContain('cell-hard');
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText(/还有 \d+ 个错误，改正后才能提交/).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-report-with-error.png` });

  await cell('T21.B.A1.NP').fill(original);
  await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor();
  await page.getByRole('button', { name: '提交' }).click();
  await statusBecomes('待单位审核');

  await logIn('unit_leader');
  await openReportOf('审核', '东城街道');
  await page.getByRole('button', { name: '通过' }).click();
  await statusBecomes('待区审核');

  await logIn('district_reviewer');
  await openReportOf('审核', '东城街道');
  await page.getByRole('tab', { name: '依申请公开' }).click();
  await cell('T21.B.A4.TOT').click();
  await page.getByRole('button', { name: '退回' }).click();
  await page.getByRole('textbox', { name: '意见' }).fill('结转下年度数据请与台账核对');
  await page.getByRole('dialog').getByRole('button', { name: '退回' }).click();
  await statusBecomes('已退回');
  await page.screenshot({ path: `${SCREENSHOTS}/admin-review-returned.png` });

  await logIn('submitter');
  await openReportOf('我的填报', '东城街道');
  await page.getByText('退回意见：结转下年度数据请与台账核对').waitFor();
  await page.getByRole('tab', { name: '依申请公开' }).click();
  await cell('T21.B.A4.TOT').click();
  await page.getByTestId('current-cell').getByText('结转下年度数据请与台账核对').waitFor();
  // Last year's number of the cell is shown beside it; the cross-year rules ran with it in the browser.
  await page
    .getByTestId('cell-baselines')
    .getByText(/上年：\d+/)
    .waitFor();
  await page.getByRole('tab', { name: '主动公开' }).click();
  const coercions = Number(await cell('T21.A.20_6.QZ.DEC').inputValue());
  await cell('T21.A.20_6.QZ.DEC').fill(String(coercions + 1));
  await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor();
  await page.getByRole('button', { name: '提交' }).click();
  await statusBecomes('待单位审核');

  // The unit leader sees what changed since the submission it saw returned, then what changed since last year.
  await logIn('unit_leader');
  await openReportOf('审核', '东城街道');
  await page.getByTestId('changed-count').filter({ hasText: '1 个单元格有变化' }).waitFor();
  await expect(
    page.locator('td', { has: cell('T21.A.20_6.QZ.DEC') }).getAttribute('class'),
  ).resolves.toContain('cell-changed');
  await page.screenshot({ path: `${SCREENSHOTS}/admin-review-changes.png` });
  await page.getByText('与上年相比').click();
  await page
    .getByTestId('changed-count')
    .filter({ hasText: /\d+ 个单元格有变化/ })
    .waitFor();

  await page.getByRole('button', { name: '通过' }).click();
  await statusBecomes('待区审核');

  const approvals = [
    ['district_reviewer', '待区分管领导审批'],
    ['district_leader', '待市审核'],
    ['city_reviewer', '待市分管领导审批'],
    ['city_leader', '已通过'],
  ] as const;
  for (const [username, nextStatus] of approvals) {
    await logIn(username);
    await openReportOf('审核', '东城街道');
    await page.getByRole('button', { name: '通过' }).click();
    await statusBecomes(nextStatus);
  }

  await page.getByRole('link', { name: '进度' }).click();
  await page.getByRole('link', { name: '东区' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '东城街道' }) });
  await row.getByText('已通过').waitFor();
});

test('the city reviewer batch-approves the waiting reports the rules allow and is told why the others stay', async () => {
  await logIn('city_reviewer');
  await page.getByRole('link', { name: '审核' }).click();
  await page.getByRole('checkbox', { name: '全选' }).check();
  await page.getByRole('button', { name: /批量通过（\d+）/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '批量通过' }).click();
  const outcome = page.getByRole('dialog').filter({ hasText: /已通过 \d+ 份/ });
  await outcome.getByText(/东区卫生健康局：\s*已通过/).waitFor();
  await outcome.getByText('不由您审核').first().waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-batch-approve.png` });
  await outcome.getByRole('button', { name: '知道了' }).click();
});

test('the city reviewer sees progress per district and the 汇总 of approved reports', async () => {
  await logIn('city_reviewer');
  await page.getByRole('link', { name: '进度' }).click();
  await page.getByText('按时提交率').first().waitFor();
  await page.getByRole('cell', { name: '东区' }).first().waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-progress.png` });
  await page.getByRole('link', { name: '东区' }).click();
  await page.getByRole('cell', { name: '东城街道' }).waitFor();
  await page.getByRole('button', { name: '返回全市' }).click();
  await page.getByRole('link', { name: '西区' }).waitFor();

  await page.getByRole('link', { name: '汇总' }).click();
  await page.getByTestId('summary-count').waitFor();
  expect(await page.getByTestId('summary-count').textContent()).toMatch(/^[1-9]\d* \/ \d+ 份$/);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-summary.png` });
});

test('an admin reaches the audit log and the org tree from the menu, keyboard only', async () => {
  await logIn('admin');
  await page.getByRole('link', { name: '机构与用户' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('tree').getByText('示范市').first().waitFor();
  await page.getByRole('cell', { name: 'district_reviewer' }).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-orgs.png` });
  await page.getByRole('link', { name: '审计日志' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('columnheader', { name: '操作' }).waitFor();
});

test('the city reviewer exports the 汇总 workbook, whose numbers are the sums of the approved reports, and the progress list, and drills down to a district', async () => {
  await logIn('city_reviewer');
  await page.getByRole('link', { name: '汇总' }).click();
  await page.getByTestId('summary-count').waitFor();
  const summary = await downloadWorkbook(page.getByRole('button', { name: '导出汇总（Excel）' }));
  expect(summary.name).toMatch(/^2025年度-示范市-汇总\.xlsx$/);
  const sheets = summary.workbook.worksheets;
  const campaigns = await apiGet<{ id: number; reportYear: number }[]>('/api/campaigns');
  const current = campaigns.sort((a, b) => b.reportYear - a.reportYear)[0];
  const approved = await apiGet<{ id: number; orgName: string }[]>(
    `/api/campaigns/${current.id}/reports?state=approved`,
  );
  // 汇总, 目录, then each approved report on its own sheet.
  expect(sheets.slice(0, 2).map((sheet) => sheet.name)).toEqual(['汇总', '目录']);
  expect(
    sheets
      .slice(2)
      .map((sheet) => sheet.name)
      .sort(),
  ).toEqual(approved.map((report) => report.orgName).sort());

  // Every number of the 汇总 sheet is the sum of the same cell on the contributors' sheets (same layout).
  let summedCells = 0;
  sheets[0].eachRow((row, rowNumber) => {
    if (String(row.getCell(1).value ?? '').startsWith('报告年度')) return;
    row.eachCell((summaryCell, column) => {
      if (typeof summaryCell.value !== 'number') return;
      const total = sheets
        .slice(2)
        .reduce((sum, sheet) => sum + Number(sheet.getCell(rowNumber, column).value ?? 0), 0);
      expect({ address: summaryCell.address, value: summaryCell.value }).toEqual({
        address: summaryCell.address,
        value: expect.closeTo(total, 4),
      });
      summedCells += 1;
    });
  });
  expect(summedCells).toBeGreaterThan(50);

  // And by cell code: the 汇总 equals the API's approved reports added up.
  const exported = (await importWorkbook(new Uint8Array(summary.data))).values;
  const sums = new Map<string, number>();
  for (const { id } of approved) {
    const report = await apiGet<{ values: Record<string, number | null> }>(`/api/reports/${id}`);
    for (const [code, value] of Object.entries(report.values)) {
      if (value !== null) sums.set(code, (sums.get(code) ?? 0) + value);
    }
  }
  expect(sums.size).toBeGreaterThan(0);
  for (const [code, sum] of sums) expect(exported[code]).toBeCloseTo(sum, 4);
  expect(await page.getByTestId('summary-count').textContent()).toMatch(
    new RegExp(`^${approved.length} / \\d+ 份$`),
  );

  // The 公开年报包: every approved report as Word, PDF and 网页, one folder each, in one zip.
  const [documents] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载公开年报包（Word/PDF/网页）' }).click(),
  ]);
  expect(documents.suggestedFilename()).toBe('2025 年度政府信息公开工作年度报告-示范市-公开年报.zip');
  const zip = await readFile(await documents.path());
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  const expectedFiles = approved.flatMap(({ orgName }) => {
    const title = `${orgName}2025年政府信息公开工作年度报告`;
    return ['docx', 'html', 'pdf'].map((format) => `${title}/${title}.${format}`);
  });
  expect(expectedFiles.filter((file) => !zip.includes(Buffer.from(file)))).toEqual([]);

  // Drill down: 东区 alone, its contributing reports listed with links.
  await page.getByRole('tab', { name: '依申请公开' }).click();
  await cell('T21.B.A1.NP').click();
  await page
    .getByTestId('cell-contributors')
    .getByText(/\d+ \/ \d+ 份报告填报了此项/)
    .waitFor();
  await page.getByLabel('汇总范围').click();
  await page.locator('.ant-select-tree').getByTitle('东区', { exact: true }).click();
  await page.getByText('汇总范围').first().waitFor();
  await page.locator('.ant-descriptions').getByText('东区', { exact: true }).waitFor();
  await page.locator('.ant-select-tree').waitFor({ state: 'hidden' });
  await page.getByRole('link', { name: '东城街道' }).first().waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/admin-summary-drilldown.png` });

  // The progress list of the whole city: who still needs chasing, and every org's state.
  await page.getByRole('link', { name: '进度' }).click();
  const progress = await downloadWorkbook(page.getByRole('button', { name: '导出进度清单（Excel）' }));
  expect(progress.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['待跟进', '全部单位']);
  const states = new Map<string, string>();
  progress.workbook.getWorksheet('全部单位')!.eachRow((row) => {
    states.set(String(row.getCell(1).value), String(row.getCell(2).value));
  });
  for (const { orgName } of approved) expect(states.get(orgName)).toBe('已通过');
  expect(states.size).toBeGreaterThan(approved.length);
});

test('an admin imports orgs and users from the Excel templates (bad lines explained in Chinese, nothing imported) and issues a WeChat binding code', async () => {
  await logIn('admin');
  await page.getByRole('link', { name: '机构与用户' }).click();
  const orgCard = page.locator('.ant-card', { hasText: '机构树' });
  const orgTemplate = await downloadWorkbook(orgCard.getByRole('button', { name: '单位模板' }));
  expect(orgTemplate.name).toBe('机构导入模板.xlsx');
  await orgCard.locator('input[type=file]').setInputFiles(
    await filledTemplate(orgTemplate.workbook, '机构.xlsx', [
      ['南区', '区/县', ''],
      ['南城街道', '乡镇/街道', '南区'],
    ]),
  );
  await page.getByText('已新建 2 个单位').waitFor();
  await page.getByRole('tree').getByText('南城街道').waitFor();

  const userCard = page.locator('.ant-card', { hasText: '用户' }).last();
  const userTemplate = await downloadWorkbook(userCard.getByRole('button', { name: '用户模板' }));
  expect((userTemplate.workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual([
    '用户名',
    '姓名',
    '单位',
    '角色',
    '初始密码',
  ]);
  await userCard.locator('input[type=file]').setInputFiles(
    await filledTemplate(userTemplate.workbook, '用户.xlsx', [
      ['nancheng_submitter', '南城填报员', '北城街道', '填报员', 'short'],
      ['nanqu_leader', '南区分管领导', '南区', '分管领导、审核员', 'nianbao-demo'],
    ]),
  );
  const refusal = page.getByRole('dialog').filter({ hasText: '用户导入失败，未做任何修改' });
  await refusal.getByText('第 2 行：找不到单位「北城街道」').waitFor();
  await refusal.getByText(/初始密码须为 8–200 位/).waitFor();
  // Waits for the dialog's opening animation to finish before the screenshot.
  await refusal.getByRole('button', { name: '知道了' }).click({ trial: true });
  await page.screenshot({ path: `${SCREENSHOTS}/admin-users-import.png` });
  await refusal.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByRole('cell', { name: 'nanqu_leader' }).count()).resolves.toBe(0);

  // A CSV saved from Excel is read too.
  await userCard
    .locator('input[type=file]')
    .setInputFiles(
      csvFile('users.csv', [
        '用户名,姓名,单位,角色,初始密码',
        'nancheng_submitter,南城填报员,南城街道,填报员,nianbao-demo',
        'nanqu_leader,南区分管领导,南区,分管领导、审核员,nianbao-demo',
      ]),
    );
  await page.getByText('已新建 2 个用户').waitFor();
  await page.getByRole('cell', { name: 'nanqu_leader' }).waitFor();

  const leaderRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'district_leader' }) });
  await leaderRow.getByRole('button', { name: '微信绑定码' }).click();
  await expect(page.getByTestId('binding-code').textContent()).resolves.toMatch(/[A-Z2-9]{10}/);
  // Waits for the dialog's opening animation to finish before the screenshot.
  await page.getByRole('button', { name: '已转告' }).click({ trial: true });
  await page.screenshot({ path: `${SCREENSHOTS}/admin-wechat-binding-code.png` });
});

test('a city reviewer creates next year’s campaign for chosen orgs with its reminder schedule; their tasks appear in the progress', async () => {
  await logIn('city_reviewer');
  await page.getByRole('link', { name: '年报批次' }).click();
  await page.getByRole('button', { name: '新建年报批次' }).click();
  const dialog = page.getByRole('dialog', { name: '新建年报批次' });
  await dialog.getByLabel('报告年度').fill('2026');
  await expect(dialog.getByLabel('名称').inputValue()).resolves.toBe('2026 年度政府信息公开工作年度报告');
  await dialog.getByLabel('截止前几天提醒').fill('5');
  await dialog.getByText('选定的单位').click();
  await dialog.getByRole('button', { name: '创建' }).click();
  await dialog.getByText('请至少选择一个单位').waitFor();
  await settle();
  await dialog.getByLabel('须填报的单位').click();
  const orgTree = page.locator('.ant-select-tree');
  // The tree has loaded and unfolded once the district's units show; checking 东区 checks them too.
  await orgTree.getByTitle('东城街道', { exact: true }).waitFor();
  await settle();
  const dongchengChecked = orgTree
    .locator('.ant-select-tree-treenode-checkbox-checked')
    .filter({ has: page.getByTitle('东城街道', { exact: true }) });
  // Two fresh-clone runs in seven lost this click (东区 never checked) and no local run reproduced it; a person
  // would click again, and so does the test, once, before it fails.
  for (let attempt = 1; ; attempt += 1) {
    await orgTree.getByTitle('东区', { exact: true }).click();
    const isChecked = await dongchengChecked.waitFor({ timeout: 5000 }).then(
      () => true,
      // The form may hold 东区 while the tree shows it elsewhere: a second click would uncheck it.
      async () => (await dialog.locator('.ant-select-selection-item', { hasText: '东区' }).count()) > 0,
    );
    if (isChecked) break;
    if (attempt === 2) throw new Error('点击“东区”两次，东城街道仍未勾选');
  }
  await dialog.locator('.ant-select-selection-item', { hasText: '东城街道' }).waitFor();
  await dialog.locator('.ant-modal-title').click();
  await page.locator('.ant-select-tree').waitFor({ state: 'hidden' });
  await page.screenshot({ path: `${SCREENSHOTS}/admin-campaign-create.png` });
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.getByRole('cell', { name: '2026 年度政府信息公开工作年度报告' }).waitFor();
  const created = (await apiGet<{ id: number; reportYear: number }[]>('/api/campaigns')).find(
    (campaign) => campaign.reportYear === 2026,
  );
  await expect(apiGet(`/api/campaigns/${created?.id}/reminder-settings`)).resolves.toEqual({
    daysBefore: 5,
    returnedDays: 2,
  });

  await page
    .getByRole('row', { name: /2026 年度/ })
    .getByRole('link', { name: '进度' })
    .click();
  await page.getByRole('link', { name: '东区' }).waitFor();
  await expect(page.getByRole('link', { name: '西区' }).count()).resolves.toBe(0);
});
