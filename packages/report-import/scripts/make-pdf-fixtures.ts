/**
 * Builds the PDF fixtures of test/fixtures/pdf (run `pnpm --filter @nianbao/report-import fixtures:pdf`; the results
 * are committed, so tests need neither LibreOffice nor a CJK font):
 * - filled-2021.libreoffice.pdf — test/fixtures/filled-2021.docx exported by LibreOffice (`soffice` must be installed:
 *   apt-get install libreoffice-writer), as agencies export their Word reports;
 * - township-2021-two-pages.pdf (and township-2021-ten-pages.pdf, with 8 pages more text, for the benchmark) — a
 *   2021-format report drawn with pdfkit: a narrative that wraps, Table B split over
 *   two pages with its header repeated, the group label 三、本年度办理结果 written one character per line, wrapped
 *   row labels, and a narrative that states one number the table contradicts;
 * - scanned.pdf (pages without a text layer) and encrypted.pdf (opens only with a password).
 * Needs the Debian font fonts-wqy-microhei.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const OUTPUT = path.resolve(__dirname, '../test/fixtures/pdf');
const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const FONT_NAME = 'WenQuanYiMicroHei';

/** One cell of a drawn table: grid position, spans and text (vertical: one character per line). */
interface Cell {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  text: string;
  isVertical?: boolean;
}

function save(document: PDFKit.PDFDocument, name: string): Promise<void> {
  return new Promise((resolve) => {
    const stream = createWriteStream(path.join(OUTPUT, name));
    stream.on('finish', () => resolve());
    document.pipe(stream);
    document.end();
  });
}

function newDocument(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  // A small bottom margin: tables are drawn at fixed positions and must not make pdfkit start new pages.
  const document = new PDFDocument({
    size: 'A4',
    margins: { top: 56, left: 56, right: 56, bottom: 12 },
    // A fixed date keeps the generated files identical from run to run.
    info: { Title: '', CreationDate: new Date(Date.UTC(2024, 0, 31)) },
    ...options,
  });
  document.font(FONT, FONT_NAME);
  return document;
}

/** Draws the cells with a border round each (merged cells are one rectangle); returns the y below the table. */
function drawTable(
  document: PDFKit.PDFDocument,
  top: number,
  widths: number[],
  heights: number[],
  cells: Cell[],
) {
  const left = 56;
  const xAt = (col: number) => left + widths.slice(0, col).reduce((sum, width) => sum + width, 0);
  const yAt = (row: number) => top + heights.slice(0, row).reduce((sum, height) => sum + height, 0);
  document.fontSize(8.5).lineWidth(0.6);
  for (const cell of cells) {
    const x = xAt(cell.col);
    const y = yAt(cell.row);
    const width = xAt(cell.col + (cell.colSpan ?? 1)) - x;
    const height = yAt(cell.row + (cell.rowSpan ?? 1)) - y;
    document.rect(x, y, width, height).stroke();
    const text = cell.isVertical ? [...cell.text].join('\n') : cell.text;
    const options = { width: width - 4, align: 'center' as const, lineGap: 1 };
    const textHeight = document.heightOfString(text, options);
    document.text(text, x + 2, y + Math.max(2, (height - textHeight) / 2), options);
  }
  return yAt(heights.length);
}

const APPLICANT_HEADER = (row: number, corner: string): Cell[] => [
  { row, col: 0, rowSpan: 3, colSpan: 3, text: corner },
  { row, col: 3, colSpan: 7, text: '申请人情况' },
  { row: row + 1, col: 3, rowSpan: 2, text: '自然人' },
  { row: row + 1, col: 4, colSpan: 5, text: '法人或其他组织' },
  { row: row + 1, col: 9, rowSpan: 2, text: '总计' },
  ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text, index) => ({
    row: row + 2,
    col: 4 + index,
    text,
  })),
];

/** Seven numbers: 自然人, five kinds of 法人或其他组织, and their 总计. */
function valueCells(row: number, values: number[]): Cell[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return [...values, total].map((value, index) => ({ row, col: 3 + index, text: String(value) }));
}

const RESULT_LABEL = '三、本年度办理结果';
const FILLER =
  '本年度，镇政府持续加强政府网站和政务新媒体建设，规范信息发布审核流程，及时更新政策文件、工作动态和办事指南等栏目内容，做好政策解读和回应关切工作，畅通群众咨询渠道，不断提升政务公开的标准化、规范化水平。';

/** The township report; `fillerPages` pages of running text before section 五 make the benchmark's 10-page PDF. */
async function townshipReport(fileName: string, fillerPages: number): Promise<void> {
  const document = newDocument();
  document.fontSize(16).text('示例镇人民政府2023年政府信息公开工作年度报告', { align: 'center' });
  document.moveDown().fontSize(10.5);
  const paragraph = (text: string) => document.text(text, { indent: 21, lineGap: 3 });
  document.text('一、总体情况');
  paragraph(
    '2023年，示例镇人民政府坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请9件，上年结转1件，全部按时办结，其中予以公开5件，部分公开3件，本机关不掌握相关政府信息的3件。本年度未发生政府信息公开行政复议和行政诉讼。',
  );
  document.text('二、主动公开政府信息情况');
  const widthsA = [150, 110, 110, 113];
  let y = drawTable(
    document,
    document.y + 6,
    widthsA,
    [20, 20, 20, 20],
    [
      { row: 0, col: 0, colSpan: 4, text: '第二十条第（一）项' },
      { row: 1, col: 0, text: '信息内容' },
      { row: 1, col: 1, text: '本年制发件数' },
      { row: 1, col: 2, text: '本年废止件数' },
      { row: 1, col: 3, text: '现行有效件数' },
      { row: 2, col: 0, text: '规章' },
      { row: 2, col: 1, text: '0' },
      { row: 2, col: 2, text: '0' },
      { row: 2, col: 3, text: '0' },
      { row: 3, col: 0, text: '行政规范性文件' },
      { row: 3, col: 1, text: '2' },
      { row: 3, col: 2, text: '1' },
      { row: 3, col: 3, text: '6' },
    ],
  );
  y = drawTable(
    document,
    y + 8,
    [150, 333],
    [20, 20, 20, 20, 20, 20, 20, 20, 20],
    [
      { row: 0, col: 0, colSpan: 2, text: '第二十条第（五）项' },
      { row: 1, col: 0, text: '信息内容' },
      { row: 1, col: 1, text: '本年处理决定数量' },
      { row: 2, col: 0, text: '行政许可' },
      { row: 2, col: 1, text: '12' },
      { row: 3, col: 0, colSpan: 2, text: '第二十条第（六）项' },
      { row: 4, col: 0, text: '信息内容' },
      { row: 4, col: 1, text: '本年处理决定数量' },
      { row: 5, col: 0, text: '行政处罚' },
      { row: 5, col: 1, text: '3' },
      { row: 6, col: 0, text: '行政强制' },
      { row: 6, col: 1, text: '0' },
      { row: 7, col: 0, text: '第二十条第（八）项' },
      { row: 7, col: 1, text: '本年收费金额（单位：万元）' },
      { row: 8, col: 0, text: '行政事业性收费' },
      { row: 8, col: 1, text: '0' },
    ],
  );
  document.text('三、收到和处理政府信息公开申请情况', 56, y + 10);

  const widthsB = [22, 48, 150, ...Array<number>(7).fill(37.6)];
  const corner = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const headerHeights = [22, 22, 34];
  // Page 1: 新收, 上年结转, （一）, （二）, （三）1–8.
  const zero = [0, 0, 0, 0, 0, 0];
  const pageOneRows: Cell[] = [
    { row: 3, col: 0, colSpan: 3, text: '一、本年新收政府信息公开申请数量' },
    ...valueCells(3, [8, 1, 0, 0, 0, 0]),
    { row: 4, col: 0, colSpan: 3, text: '二、上年结转政府信息公开申请数量' },
    ...valueCells(4, [1, 0, 0, 0, 0, 0]),
    { row: 5, col: 0, rowSpan: 10, text: RESULT_LABEL.slice(0, 5), isVertical: true },
    { row: 5, col: 1, colSpan: 2, text: '（一）予以公开' },
    ...valueCells(5, [4, 1, 0, 0, 0, 0]),
    { row: 6, col: 1, colSpan: 2, text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
    ...valueCells(6, [2, 0, 0, 0, 0, 0]),
    { row: 7, col: 1, rowSpan: 8, text: '（三）不予公开' },
    ...[
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ].flatMap((text, index) => [{ row: 7 + index, col: 2, text }, ...valueCells(7 + index, zero)]),
  ];
  drawTable(
    document,
    document.y + 6,
    widthsB,
    [...headerHeights, 22, 22, 22, 34, ...Array<number>(8).fill(22)],
    [...APPLICANT_HEADER(0, corner), ...pageOneRows],
  );

  // Page 2: the header again, then the rest of the results.
  document.addPage();
  const pageTwoRows: Cell[] = [
    { row: 3, col: 0, rowSpan: 12, text: RESULT_LABEL.slice(5), isVertical: true },
    { row: 3, col: 1, rowSpan: 3, text: '（四）无法提供' },
    ...[
      ['1.本机关不掌握相关政府信息', [3, 0, 0, 0, 0, 0]],
      ['2.没有现成信息需要另行制作', zero],
      ['3.补正后申请内容仍不明确', zero],
    ].flatMap(([text, values], index) => [
      { row: 3 + index, col: 2, text: text as string },
      ...valueCells(3 + index, values as number[]),
    ]),
    { row: 6, col: 1, rowSpan: 5, text: '（五）不予处理' },
    ...[
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ].flatMap((text, index) => [{ row: 6 + index, col: 2, text }, ...valueCells(6 + index, zero)]),
    { row: 11, col: 1, rowSpan: 3, text: '（六）其他处理' },
    ...[
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ].flatMap((text, index) => [{ row: 11 + index, col: 2, text }, ...valueCells(11 + index, zero)]),
    { row: 14, col: 1, colSpan: 2, text: '（七）总计' },
    ...valueCells(14, [9, 1, 0, 0, 0, 0]),
    { row: 15, col: 0, colSpan: 3, text: '四、结转下年度继续办理' },
    ...valueCells(15, zero),
  ];
  y = drawTable(
    document,
    56,
    widthsB,
    [...headerHeights, 22, 22, 22, 22, 22, 22, 22, 22, 44, 44, 22, 22, 22],
    [...APPLICANT_HEADER(0, corner), ...pageTwoRows],
  );
  document.fontSize(10.5).text('四、政府信息公开行政复议、行政诉讼情况', 56, y + 10);
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  y = drawTable(
    document,
    document.y + 6,
    Array<number>(15).fill(32.2),
    [22, 22, 34, 22],
    [
      { row: 0, col: 0, colSpan: 5, rowSpan: 2, text: '行政复议' },
      { row: 0, col: 5, colSpan: 10, text: '行政诉讼' },
      { row: 1, col: 5, colSpan: 5, text: '未经复议直接起诉' },
      { row: 1, col: 10, colSpan: 5, text: '复议后起诉' },
      ...[0, 5, 10].flatMap((start) => outcomes.map((text, index) => ({ row: 2, col: start + index, text }))),
      ...Array.from({ length: 15 }, (_, col) => ({ row: 3, col, text: '0' })),
    ],
  );
  for (let page = 0; page < fillerPages; page++) {
    document.addPage().fontSize(10.5);
    document.text(`（${page + 1}）平台建设与监督保障`, { lineGap: 3 });
    for (let index = 0; index < 12; index++) paragraph(FILLER);
    y = document.y;
  }
  document.fontSize(10.5).text('五、存在的主要问题及改进情况', 56, y + 10);
  paragraph('工作人员业务能力有待提高，下一步将加强培训。');
  document.text('六、其他需要报告的事项');
  paragraph('本年度未收取信息处理费。');
  await save(document, fileName);
}

/** Pages that hold only drawings, as a scanner's images do: no text layer. */
async function scanned(): Promise<void> {
  const document = newDocument();
  for (let page = 0; page < 2; page++) {
    if (page) document.addPage();
    for (let line = 0; line < 30; line++)
      document.rect(70, 80 + line * 22, 380 + ((line * 37) % 80), 9).fill('#555');
  }
  await save(document, 'scanned.pdf');
}

async function encrypted(): Promise<void> {
  const document = newDocument({
    userPassword: 'nianbao',
    ownerPassword: 'nianbao-owner',
    pdfVersion: '1.7',
  });
  document.fontSize(12).text('示例局2023年政府信息公开工作年度报告（加密）');
  await save(document, 'encrypted.pdf');
}

function libreOfficeExport(): void {
  const workDir = mkdtempSync(path.join(tmpdir(), 'nianbao-pdf-'));
  const source = path.join(workDir, 'filled-2021.docx');
  copyFileSync(path.resolve(__dirname, '../test/fixtures/filled-2021.docx'), source);
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', workDir, source], {
    env: { ...process.env, HOME: workDir },
    stdio: 'ignore',
  });
  copyFileSync(path.join(workDir, 'filled-2021.pdf'), path.join(OUTPUT, 'filled-2021.libreoffice.pdf'));
}

async function main(): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await townshipReport('township-2021-two-pages.pdf', 0);
  await townshipReport('township-2021-ten-pages.pdf', 8);
  await scanned();
  await encrypted();
  libreOfficeExport();
}

void main();
