import type { Page } from 'playwright-core';
import { SIX_NARRATIVE_SECTIONS } from '@nianbao/rules';
import { chromiumPerFile, warmUp } from './browser/chromium';
import type { RunningServer } from './browser/vite-dev-server';
import { startViteDevServer } from './browser/vite-dev-server';

jest.setTimeout(90_000);

const LAST_YEAR_PROBLEMS =
  '一是政务公开工作人员业务能力有待提高，对条例的理解不够深入。二是政策解读形式较为单一，图解、视频等解读方式运用较少。' +
  '下一步，我街道将加强业务培训，丰富解读形式，进一步提升政务公开工作水平。';
// 12 new applications this year, of which 3 予以公开.
const VALUES = { 'T21.B.A1.TOT': 12, 'T21.B.R7.TOT': 12 };

let server: RunningServer;
let page: Page;
const browser = chromiumPerFile((opened) => (page = opened));

const openEditor = async (query: Record<string, string> = {}) => {
  const search = new URLSearchParams({ values: JSON.stringify(VALUES), ...query });
  await page.goto(`${server.url}/test/harness/narrative.html?${search}`);
  await page.getByRole('heading', { name: '一、总体情况' }).waitFor();
};
const section = (title: string) => page.getByRole('region', { name: title });
const addParagraph = (title: string) => page.getByRole('button', { name: `添加段落：${title}` }).click();

beforeAll(async () => {
  server = await startViteDevServer();
  await warmUp(browser(), `${server.url}/test/harness/narrative.html`, (opened) =>
    opened.getByRole('heading', { name: '一、总体情况' }).waitFor({ timeout: 150_000 }),
  );
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

test('lays out the six sections of the 2021 format with the five sub-topics of 一、总体情况', async () => {
  await openEditor();
  const titles = await page.locator('.narrative-section__title').allTextContents();
  expect(titles).toEqual([...SIX_NARRATIVE_SECTIONS]);
  const topics = await section('一、总体情况').locator('.narrative-section__subtitle').allTextContents();
  expect(topics).toEqual([
    '（一）主动公开',
    '（二）依申请公开',
    '（三）政府信息管理',
    '（四）政府信息公开平台建设',
    '（五）监督保障',
  ]);
});

test('marks a number in the text that contradicts the tables, with the table’s value, as the clerk types', async () => {
  await openEditor();
  await expect(page.getByTestId('narrative-findings-none').textContent()).resolves.toContain('一致');
  await addParagraph('一、总体情况');
  const paragraph = page.getByRole('textbox', { name: '一、总体情况第 1 段' });
  await paragraph.fill('本年度共收到政府信息公开申请15件，均按时答复。');

  const mismatch = page.getByTestId('narrative-mismatch');
  await expect(mismatch.locator('mark').textContent()).resolves.toBe('15件');
  await expect(mismatch.textContent()).resolves.toContain('统计表：12');
  const finding = page.getByTestId('narrative-finding');
  await expect(finding.textContent()).resolves.toContain('与统计表不符');

  // A 说明 is written beside the finding, under the key the API checks.
  await page.getByRole('textbox', { name: /^说明：/ }).fill('含来信转办件。');
  const explained = await page.evaluate(() => window.lastExplanations);
  expect(Object.entries(explained ?? {})).toEqual([
    [expect.stringMatching(/^NARRATIVE-APPLICATIONS:T21\.B\.A1\.TOT:15$/), '含来信转办件。'],
  ]);

  await paragraph.fill('本年度共收到政府信息公开申请12件，均按时答复。');
  await page.getByTestId('narrative-findings-none').waitFor();
  expect(await mismatch.count()).toBe(0);
});

test('edits paragraphs, headings and lists: type, move and remove', async () => {
  await openEditor();
  const title = '五、存在的主要问题及改进情况';
  await addParagraph(title);
  await addParagraph(title);
  await page.getByRole('textbox', { name: `${title}第 1 段` }).fill('一是人员不足。');
  await page.getByRole('textbox', { name: `${title}第 2 段` }).fill('加强培训\n充实队伍');
  await page.getByRole('combobox', { name: `${title}第 2 段的类型` }).click();
  await page.getByTitle('编号列表').click();
  await page.getByRole('button', { name: `上移${title}第 2 段` }).click();
  const blocks = async () => (await page.evaluate(() => window.lastNarrative))?.sections[4].blocks;
  await expect(blocks()).resolves.toEqual([
    { type: 'list', ordered: true, items: ['加强培训', '充实队伍'] },
    { type: 'paragraph', text: '一是人员不足。' },
  ]);
  await page.getByRole('button', { name: `删除${title}第 1 段` }).click();
  await expect(blocks()).resolves.toEqual([{ type: 'paragraph', text: '一是人员不足。' }]);
});

test('shows last year’s text, quotes it, and warns of 内容雷同 when a section is copied', async () => {
  await openEditor({ lastYearProblems: LAST_YEAR_PROBLEMS });
  const problems = section('五、存在的主要问题及改进情况');
  await problems.getByRole('button', { name: '查看上年文本' }).click();
  await expect(problems.locator('.narrative-last-year').textContent()).resolves.toContain(LAST_YEAR_PROBLEMS);
  expect(await page.getByTestId('narrative-copied').count()).toBe(0);

  await problems.getByRole('button', { name: '引用上年文本：五、存在的主要问题及改进情况' }).click();
  await expect(
    page.getByRole('textbox', { name: '五、存在的主要问题及改进情况第 1 段' }).inputValue(),
  ).resolves.toBe(LAST_YEAR_PROBLEMS);
  await expect(problems.getByTestId('narrative-copied').textContent()).resolves.toContain(
    '内容雷同：“五、存在的主要问题及改进情况”与2024年报告',
  );
});

test('a legacy report has free sections: the clerk adds, names and fills them', async () => {
  await page.goto(`${server.url}/test/harness/narrative.html?format=legacy`);
  await page.getByRole('button', { name: '添加部分' }).click();
  const title = page.getByRole('textbox', { name: '第 1 部分标题' });
  await expect(title.inputValue()).resolves.toBe('一、');
  await title.fill('一、概述');
  await page.getByRole('button', { name: '添加段落：一、概述' }).click();
  await page.getByRole('textbox', { name: '一、概述第 1 段' }).fill('全年工作平稳。');
  await expect(page.evaluate(() => window.lastNarrative?.sections)).resolves.toEqual([
    {
      id: 'section-1',
      title: '一、概述',
      blocks: [{ type: 'paragraph', text: '全年工作平稳。' }],
      subsections: [],
    },
  ]);
  expect(await page.locator('.narrative-section__title').count()).toBe(0);
});

test('生成初稿 proposes live paragraphs; a wrong typed number is underlined and bound to its cell with one click', async () => {
  await openEditor({ previousValues: JSON.stringify({ 'T21.B.A1.TOT': 10 }) });
  await page.getByRole('button', { name: '生成初稿' }).click();
  await page.getByTestId('draft-proposal').first().waitFor();
  expect(await page.getByTestId('draft-proposal').count()).toBe(3);
  await page.getByRole('button', { name: '插入初稿：依申请公开' }).click();

  const inserted = page.getByRole('textbox', { name: '（二）依申请公开第 1 段' });
  await expect(inserted.inputValue()).resolves.toContain('共收到政府信息公开申请12件，同比增加2件');
  const received = page.locator('[data-testid="live-number"]', { hasText: '12件' }).first();
  await expect(received.getAttribute('data-source')).resolves.toContain('收到申请数');
  await received.hover();
  await expect(page.getByRole('tooltip').textContent()).resolves.toContain('引用：收到申请数');
  const stored = async () =>
    (await page.evaluate(() => window.lastNarrative))?.sections[0].subsections[1].blocks[0];
  await expect(stored()).resolves.toMatchObject({
    runs: expect.arrayContaining([{ number: { kind: 'figure', figure: 'RECEIVED' } }]),
  });

  await addParagraph('五、存在的主要问题及改进情况');
  const typed = page.getByRole('textbox', { name: '五、存在的主要问题及改进情况第 1 段' });
  await typed.fill('本年度共收到政府信息公开申请15件。');
  const problems = section('五、存在的主要问题及改进情况');
  await expect(problems.getByTestId('narrative-mismatch').textContent()).resolves.toContain('统计表：12');
  expect(await problems.locator('u.typed-mismatch').textContent()).toBe('15件');

  await problems.getByRole('button', { name: '替换为引用：15件' }).click();
  await expect(typed.inputValue()).resolves.toBe('本年度共收到政府信息公开申请12件。');
  expect(await problems.getByTestId('narrative-mismatch').count()).toBe(0);
  await expect(problems.getByTestId('live-number').textContent()).resolves.toBe('12件');

  // Typing around a live number keeps it live; typing over it makes it typed text again.
  await typed.fill('本年度共收到政府信息公开申请12件，均已办结。');
  const problemBlock = async () => (await page.evaluate(() => window.lastNarrative))?.sections[4].blocks[0];
  await expect(problemBlock()).resolves.toEqual({
    type: 'paragraph',
    text: '本年度共收到政府信息公开申请12件，均已办结。',
    runs: [
      { text: '本年度共收到政府信息公开申请' },
      { number: { kind: 'cells', cells: ['T21.B.A1.TOT'] } },
      { text: '，均已办结。' },
    ],
  });
});
