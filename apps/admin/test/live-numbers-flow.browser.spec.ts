import type { Page } from 'playwright-core';
import { buildAdmin, startEmbeddedApi } from './browser/api-server';
import { chromiumPerFile } from './browser/chromium';
import type { RunningServer } from './browser/vite-dev-server';
import { currentReportOf, logIn as logInAs } from './browser/log-in';

jest.setTimeout(180_000);

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

const reportOf = (orgName: string) => currentReportOf(page, orgName);

test('last year’s report pasted from Word: its numbers equal to last year’s cells become this year’s', async () => {
  await logInAs(page, api.url, 'submitter');
  const report = await reportOf('东城街道');
  const lastYear = await page.evaluate(async (id) => {
    const { accessToken } = JSON.parse(localStorage.getItem('nianbao.session') ?? '{}');
    const response = await fetch(`/api/reports/${id}/narrative-draft`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    return ((await response.json()) as { previous: { values: Record<string, number | null> } | null })
      .previous;
  }, report.id);
  const before = lastYear?.values['T21.B.A1.TOT'];
  const now = report.values['T21.B.A1.TOT'];
  expect(before).not.toBe(now);

  await page.goto(`${api.url}/reports/${report.id}`);
  await page.getByTestId('report-editor').waitFor();
  await page.getByRole('tab', { name: '正文' }).click();
  await page.getByRole('button', { name: '导入上年正文' }).click();
  await page
    .getByRole('textbox', { name: '上年正文' })
    .fill(
      [
        '东城街道2024年政府信息公开工作年度报告',
        '一、总体情况',
        '（二）依申请公开',
        `2024年，本街道共收到政府信息公开申请${before}件，均在法定期限内答复。`,
      ].join('\n'),
    );
  await page.getByTestId('pasted-preview').getByText(`${before}件 → ${now}件`).waitFor();
  await page.getByRole('button', { name: '插入 1 段' }).click();
  const inserted = page.getByRole('textbox', { name: /（二）依申请公开第 \d+ 段/ }).last();
  await expect(inserted.inputValue()).resolves.toBe(
    `2024年，本街道共收到政府信息公开申请${now}件，均在法定期限内答复。`,
  );
  await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor();
});

test('a submitter drafts, edits, types a wrong number, sees the underline, fixes it with one click and submits', async () => {
  await logInAs(page, api.url, 'submitter');
  const report = await reportOf('东城街道');
  const received = report.values['T21.B.A1.TOT'] ?? 0;
  await page.goto(`${api.url}/reports/${report.id}`);
  await page.getByTestId('report-editor').waitFor();
  await page.getByRole('tab', { name: '正文' }).click();

  await page.getByRole('button', { name: '生成初稿' }).click();
  await page.getByRole('button', { name: '插入初稿：依申请公开' }).click();
  // After the paragraph pasted in the test before: the draft lands at the end of the sub-topic.
  const drafted = page.getByRole('textbox', { name: /（二）依申请公开第 \d+ 段/ }).last();
  await expect(drafted.inputValue()).resolves.toContain(`共收到政府信息公开申请${received}件`);
  // The clerk edits the drafted paragraph around its live numbers.
  await drafted.press('End');
  await drafted.pressSequentially('全部在法定期限内答复。');

  const problems = page.getByRole('region', { name: '五、存在的主要问题及改进情况' });
  await page.getByRole('button', { name: '添加段落：五、存在的主要问题及改进情况' }).click();
  const typed = page.getByRole('textbox', { name: '五、存在的主要问题及改进情况第 1 段' });
  await typed.fill(`本年度共收到政府信息公开申请${received + 3}件，答复质量仍需提高。`);
  await expect(problems.getByTestId('narrative-mismatch').textContent()).resolves.toContain(
    `统计表：${received}`,
  );
  await problems.locator('u.typed-mismatch').waitFor();

  await problems.getByRole('button', { name: `替换为引用：${received + 3}件` }).click();
  await expect(typed.inputValue()).resolves.toBe(
    `本年度共收到政府信息公开申请${received}件，答复质量仍需提高。`,
  );
  expect(await problems.getByTestId('narrative-mismatch').count()).toBe(0);

  await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor();
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('待单位审核').first().waitFor();
});
