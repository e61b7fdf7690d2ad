import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importPublishedReport } from '../src';
import type { ImportedReport } from '../src';
import { validateReport } from '@nianbao/rules';
import { SEED_000_VALUES, SEED_002_VALUES, SEED_003_VALUES } from './seed-expected-values';
import { SEEDS_DIR } from './seed-paths';

const asFile = (fileName: string, text: string) => ({ fileName, data: new TextEncoder().encode(text) });
const tsvRow = (...cells: (string | number)[]) => cells.join('\t');
const seven = (natural: number, business: number, total: number) => [natural, business, 0, 0, 0, 0, total];
const zeros = [0, 0, 0, 0, 0, 0, 0];

const RESULT_ROWS: [string, string, (string | number)[]][] = [
  ['（三）不予公开', '1.属于国家秘密', zeros],
  ['', '2.其他法律行政法规禁止公开', zeros],
  ['', '3.危及“三安全一稳定”', zeros],
  ['', '4.保护第三方合法权益', zeros],
  ['', '5.属于三类内部事务信息', zeros],
  ['', '6.属于四类过程性信息', zeros],
  ['', '7.属于行政执法案卷', zeros],
  ['', '8.属于行政查询事项', zeros],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', seven(1, 0, 1)],
  ['', '2.没有现成信息需要另行制作', zeros],
  ['', '3.补正后申请内容仍不明确', zeros],
  ['（五）不予处理', '1.信访举报投诉类申请', zeros],
  ['', '2.重复申请', zeros],
  ['', '3.要求提供公开出版物', zeros],
  ['', '4.无正当理由大量反复申请', zeros],
  ['', '5.要求行政机关确认或重新出具已获取信息', zeros],
];

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const THREE_OTHER_ROWS = [
  tsvRow('', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...zeros),
  tsvRow('', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...zeros),
  tsvRow('', '', '3.其他', ...seven(1, 0, 1)),
];

interface ReportTextOptions {
  tableA?: string[];
  partlyOpenRow?: string;
  otherRows?: string[];
  withoutRow?: string;
  /** Labels of Table B's result rows printed otherwise: the format's label → the printed one. */
  printedLabels?: Record<string, string>;
  publicRow?: (string | number)[];
}

/** A 2021-format report as text copied from a Word table: one line per row, cells separated by tabs. */
function reportText2021(options: ReportTextOptions = {}): string {
  const tableA = options.tableA ?? [
    tsvRow('规章', 0, 0, 0),
    tsvRow('行政规范性文件', 3, 1, 20),
    tsvRow('行政许可', 12),
    tsvRow('行政处罚', 7),
    tsvRow('行政强制', 0),
    tsvRow('行政事业性收费', 0),
  ];
  const lines = [
    '示例市司法局2021年政府信息公开工作年度报告',
    '一、总体情况',
    '二、主动公开政府信息情况',
    tsvRow('第二十条第（一）项', '', '', ''),
    tsvRow('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
    ...tableA.slice(0, 2),
    tsvRow('信息内容', '本年处理决定数量'),
    tableA[2],
    tsvRow('信息内容', '本年处理决定数量'),
    ...tableA.slice(3, 5),
    tsvRow('信息内容', '本年收费金额（单位：万元）'),
    tableA[5],
    '三、收到和处理政府信息公开申请情况',
    tsvRow('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'),
    tsvRow('', '自然人', '法人或其他组织', '', '', '', '', '总计'),
    tsvRow('', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''),
    tsvRow('一、本年新收政府信息公开申请数量', ...seven(4, 1, 5)),
    tsvRow('二、上年结转政府信息公开申请数量', ...zeros),
    tsvRow('三、本年度办理结果', '（一）予以公开', ...(options.publicRow ?? seven(2, 1, 3))),
    options.partlyOpenRow ?? tsvRow('', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...zeros),
    ...RESULT_ROWS.filter(([, label]) => label !== options.withoutRow).map(([group, label, values]) =>
      tsvRow('', group, options.printedLabels?.[label] ?? label, ...values),
    ),
    ...(options.otherRows ?? THREE_OTHER_ROWS),
    tsvRow('', '（七）总计', ...seven(4, 1, 5)),
    tsvRow('四、结转下年度继续办理', ...zeros),
    '四、政府信息公开行政复议、行政诉讼情况',
    tsvRow('行政复议', '', '', '', '', '行政诉讼'),
    tsvRow(
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '未经复议直接起诉',
      '',
      '',
      '',
      '',
      '复议后起诉',
    ),
    tsvRow('', '', '', '', '', ...OUTCOMES, ...OUTCOMES),
    tsvRow(2, 0, 0, 1, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0),
    '五、存在的主要问题及改进情况',
    '示例市司法局',
    '2022年1月20日',
  ];
  return lines.join('\n');
}

const unreadableCodes = (report: ImportedReport) => report.unreadable.map((cell) => cell.code);
const rowValues = (report: ImportedReport, row: string) =>
  ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'].map(
    (column) => report.values[`T21.B.${row}.${column}`],
  );

describe('what real reports do to their tables', () => {
  it('reads rows copied from a Word table (tab-separated), and does not take the 其他 column for the row 3.其他', async () => {
    const report = await importPublishedReport(asFile('report.txt', reportText2021()));
    expect(report).toMatchObject({ formatId: '2021', reportYear: 2021, agency: '示例市司法局' });
    expect(report.unreadable).toEqual([]);
    expect(rowValues(report, 'A1')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(rowValues(report, 'R6_3')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rowValues(report, 'R7')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(report.values['T21.A.20_1.GF.VALID']).toBe(20);
    expect(report.values['T21.C.FY.TOT']).toBe(3);
    expect(report.values['T21.C.SS_ZJ.KEEP']).toBe(1);
  });

  it('takes a 2021 （六）其他处理 printed as one row into “3.其他” and says the two sub-items could not be read', async () => {
    const otherRows = [tsvRow('', '（六）其他处理', ...seven(1, 0, 1))];
    const report = await importPublishedReport(asFile('report.txt', reportText2021({ otherRows })));
    expect(rowValues(report, 'R6_3')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rowValues(report, 'R6_1')).toEqual([null, null, null, null, null, null, null]);
    expect(unreadableCodes(report)).toEqual([
      ...['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'].map(
        (column) => `T21.B.R6_1.${column}`,
      ),
      ...['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'].map(
        (column) => `T21.B.R6_2.${column}`,
      ),
    ]);
    expect(report.unreadable[0].reason).toContain('印成一行');
  });

  it('reports text in a number cell instead of guessing, and still reads the rest of the row', async () => {
    const publicRow = [2, 1, '见附件', 0, 0, 0, 3];
    const report = await importPublishedReport(asFile('report.txt', reportText2021({ publicRow })));
    expect(rowValues(report, 'R1')).toEqual([2, 1, null, 0, 0, 0, 3]);
    expect(report.unreadable).toEqual([
      {
        code: 'T21.B.R1.LP_SCI',
        label: expect.stringContaining('予以公开'),
        raw: '见附件',
        reason: '不是数字',
      },
    ]);
  });

  it('reports a whole row when it has the wrong number of cells, since it cannot tell which one is missing', async () => {
    const partlyOpenRow = tsvRow(
      '',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      1,
      0,
      0,
      0,
      0,
      1,
    );
    const report = await importPublishedReport(asFile('report.txt', reportText2021({ partlyOpenRow })));
    expect(rowValues(report, 'R2')).toEqual([null, null, null, null, null, null, null]);
    expect(unreadableCodes(report)).toHaveLength(7);
    expect(report.unreadable[0]).toMatchObject({ code: 'T21.B.R2.NP', raw: '1 | 0 | 0 | 0 | 0 | 1' });
    expect(report.unreadable[0].reason).toContain('应有 7 个数值，实际读到 6 个');
  });

  it('is not misled by a label that appears earlier without numbers, e.g. in an explanatory table', async () => {
    const note = [tsvRow('行政许可', '指行政许可决定'), tsvRow('说明', '规章由设区的市填报'), '正文'].join(
      '\n',
    );
    const report = await importPublishedReport(asFile('report.txt', `${note}\n${reportText2021()}`));
    expect(report.unreadable).toEqual([]);
    expect(report.values['T21.A.20_5.XK.DEC']).toBe(12);
  });

  it('says which row it found without numbers', async () => {
    const text = reportText2021().replace(tsvRow('行政强制', 0), tsvRow('行政强制', '见附件说明'));
    const report = await importPublishedReport(asFile('report.txt', text));
    expect(report.unreadable).toEqual([
      {
        code: 'T21.A.20_6.QZ.DEC',
        label: expect.stringContaining('行政强制'),
        raw: '见附件说明',
        reason: '找到了这一行，但没有读到数值',
      },
    ]);
  });

  it('lists the cells of a row the report left out', async () => {
    const report = await importPublishedReport(
      asFile('report.txt', reportText2021({ withoutRow: '2.重复申请' })),
    );
    expect(unreadableCodes(report)).toHaveLength(7);
    expect(report.unreadable.every((cell) => cell.code?.startsWith('T21.B.R5_2.'))).toBe(true);
    expect(report.unreadable[0].reason).toContain('没有找到');
  });

  it('reads （六）其他 printed with half-width brackets and an ASCII comma, as a 2025 county report prints it', async () => {
    const otherRows = [
      tsvRow(
        '',
        '(六)其他',
        '1.申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请',
        ...seven(2, 0, 2),
      ),
      tsvRow('', '', '2.申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请', ...zeros),
      tsvRow('', '', '3、其他', ...zeros),
    ];
    // The printed report is consistent: its totals count the 2 applications of （六）1.
    const text = reportText2021({ otherRows, publicRow: seven(1, 1, 2) });
    const report = await importPublishedReport(asFile('report.txt', text));
    expect(report.unreadable).toEqual([]);
    expect(rowValues(report, 'R6_1')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    const violations = validateReport({ ...report, values: report.values });
    expect(violations.filter((violation) => violation.severity === 'HARD')).toEqual([]);
  });

  it('reads a row whose label the report mistyped, where the format puts it, and notes the printed label', async () => {
    const printedLabels = {
      '2.其他法律行政法规禁止公开': '2.其他法律行政止公开',
      '4.保护第三方合法权益': '4.保护第三方合法权益的',
    };
    const report = await importPublishedReport(asFile('report.txt', reportText2021({ printedLabels })));
    expect(report.unreadable).toEqual([]);
    expect(report.labelVariants).toEqual([
      { rowLabel: '2.其他法律行政法规禁止公开', printed: '2.其他法律行政止公开' },
    ]);
  });

  it('leaves a row with an unknown label unreadable rather than guess, and never turns the miss into an error', async () => {
    const printedLabels = { '2.其他法律行政法规禁止公开': '2.依法不予公开的其他信息' };
    const report = await importPublishedReport(asFile('report.txt', reportText2021({ printedLabels })));
    expect(unreadableCodes(report)).toEqual(
      ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'].map((column) => `T21.B.R3_2.${column}`),
    );
    const violations = validateReport(report);
    expect(violations.filter((violation) => violation.severity !== 'INFO')).toEqual([]);
    expect(violations.map((violation) => violation.ruleId)).toContain('NOT-CHECKABLE');
  });

  it('reads text copied out of an office suite: a cell per line, merged cells printed once per column they span', async () => {
    const tabText = reportText2021();
    const spannedValue = new Set(['行政许可', '行政处罚', '行政强制', '行政事业性收费']);
    const copied = tabText
      .split('\n')
      .flatMap((line) => {
        if (!line.includes('\t')) return [line];
        const [label, ...rest] = line.split('\t');
        // The label spans three columns of Table B; the one value of 行政许可… spans the three of 规章's row.
        const values = spannedValue.has(label) ? [rest[0], rest[0], rest[0]] : rest;
        return [
          label,
          ...(label.startsWith('一、') || label.startsWith('二、') ? [label, label] : []),
          ...values,
        ];
      })
      .filter((cell) => cell !== '')
      .join('\n');
    const expected = await importPublishedReport(asFile('report.txt', tabText));
    const report = await importPublishedReport(asFile('copied.txt', copied));
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(expected.values);
  });

  it('ends a row where its cells turn into the next table’s caption, as pages that lose a table break print it', async () => {
    const report = await importPublishedReport(
      asFile(
        'report.txt',
        reportText2021({
          tableA: [
            tsvRow('规章', 0, 0, 0, '第二十条第（五）项'),
            tsvRow('行政规范性文件', 3, 1, 20, '', '信息内容'),
            tsvRow('行政许可', 12, '第二十条第（六）项'),
            tsvRow('行政处罚', 7),
            tsvRow('行政强制', '无', '第二十条第（八）项'),
            tsvRow('行政事业性收费', 0),
          ],
        }),
      ),
    );
    expect(report.values).toMatchObject({
      'T21.A.20_1.GZ.VALID': 0,
      'T21.A.20_1.GF.VALID': 20,
      'T21.A.20_5.XK.DEC': 12,
      'T21.A.20_6.QZ.DEC': null,
    });
    expect(unreadableCodes(report)).toEqual([]);
  });

  it('reads a page copied with every cell on its own line and a lone pipe after it, row labels like 一、本年新收 included', async () => {
    const tabText = reportText2021();
    const copied = tabText
      .split('\n')
      .flatMap((line) =>
        line.includes('\t')
          ? line
              .split('\t')
              .filter((cell) => cell !== '')
              .flatMap((cell) => [cell, '|'])
          : [line],
      )
      .join('\n');
    const expected = await importPublishedReport(asFile('report.txt', tabText));
    const report = await importPublishedReport(asFile('copied.txt', copied));
    const tablesAB = (values: ImportedReport['values']) =>
      Object.fromEntries(Object.entries(values).filter(([code]) => !code.startsWith('T21.C.')));
    expect(tablesAB(report.values)).toEqual(tablesAB(expected.values));
    expect(unreadableCodes(report).filter((code) => !code?.startsWith('T21.C.'))).toEqual([]);
    // Table C's header and value rows run together in this shape: it is reported unread, never guessed.
    expect(unreadableCodes(report)).toContain('T21.C.FY.TOT');
    expect(report.values['T21.C.FY.TOT']).toBeNull();
  });

  it('reads “-”, “—”, “／”, “无” and full-width spaces as not filled, and 1，472 as 1472', async () => {
    const tableA = [
      tsvRow('规章', '-', '—', '／'),
      tsvRow('行政规范性文件', '３', '1', '２０'),
      tsvRow('行政许可', '1，472'),
      tsvRow('行政处罚', '　'),
      tsvRow('行政强制', '无'),
      tsvRow('行政事业性收费', '0.35万元'),
    ];
    const report = await importPublishedReport(asFile('report.txt', reportText2021({ tableA })));
    expect(report.unreadable).toEqual([]);
    expect(report.values).toMatchObject({
      'T21.A.20_1.GZ.MADE': null,
      'T21.A.20_1.GZ.REP': null,
      'T21.A.20_1.GZ.VALID': null,
      'T21.A.20_1.GF.MADE': 3,
      'T21.A.20_1.GF.VALID': 20,
      'T21.A.20_5.XK.DEC': 1472,
      'T21.A.20_6.CF.DEC': null,
      'T21.A.20_6.QZ.DEC': null,
      'T21.A.20_8.SF.AMT': 0.35,
    });
  });

  it('recognises labels printed a few characters shorter or longer than the format’s', async () => {
    const text = reportText2021()
      .replace('一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数')
      .replace('四、结转下年度继续办理', '四、结转下年度继续办理数量')
      .replace('1.本机关不掌握相关政府信息', '1.本机关不掌握相关政府信息的');
    const report = await importPublishedReport(asFile('report.txt', text));
    expect(report.unreadable).toEqual([]);
    expect(rowValues(report, 'A1')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(rowValues(report, 'R4_1')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rowValues(report, 'A4')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it.each([
    ['000_b55ee0d3163912f6.txt', SEED_000_VALUES],
    ['002_7c30735b49d55434.txt', SEED_002_VALUES],
    ['003_d700c24dbd5bf299.txt', SEED_003_VALUES],
  ])('reads seed %s pasted as plain text, one cell per line without tabs', async (seed, expected) => {
    const withoutTabs = readFileSync(path.join(SEEDS_DIR, seed), 'utf8').replace(/^\t/gm, '');
    const report = await importPublishedReport(asFile('pasted.txt', withoutTabs));
    expect(report.values).toEqual(expected);
    expect(report.unreadable).toEqual([]);
  });

  it('reads a legacy 统计表 web page whose labels use half-width brackets and colons', async () => {
    const seed = readFileSync(path.join(SEEDS_DIR, '002_7c30735b49d55434.txt'), 'utf8');
    const rows = seed
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((line) => line.startsWith('\t')))
      .filter((cells) => cells.length > 0)
      .map(
        (cells) =>
          `<tr>${cells.map((cell) => `<td>${cell.slice(1).replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':')}</td>`).join('')}</tr>`,
      );
    const page = `<html><head><title>温州市规划局2017年度政府信息公开工作年度报告</title></head><body>
      <p>政府信息公开情况统计表</p><p>（2017年度）</p><table border="1">${rows.join('\n')}</table></body></html>`;
    const report = await importPublishedReport(asFile('report.html', page));
    expect(report).toMatchObject({ formatId: 'legacy', reportYear: 2017, agency: '温州市规划局' });
    expect(report.values).toEqual(SEED_002_VALUES);
    expect(report.unreadable).toEqual([]);
  });
});

/** The same report with every tab-separated row re-printed by `reprint`, as other tools print tables in text. */
const reprinted = (reprint: (cells: string[]) => string[]) =>
  reportText2021()
    .split('\n')
    .flatMap((line) => (line.includes('\t') ? reprint(line.split('\t')) : [line]))
    .join('\n');

describe('tables printed with pipes, as scraped pages and Markdown converters print them', () => {
  let expected: ImportedReport;
  beforeAll(async () => {
    expected = await importPublishedReport(asFile('report.txt', reportText2021()));
  });

  it.each([
    ['| 规章 | 0 | 0 | 0 |', (cells: string[]) => [`| ${cells.join(' | ')} |`]],
    ['规章 | 0 | 0 | 0 |', (cells: string[]) => [`${cells.join(' | ')} |`]],
    ['Markdown with a rule under each row', (cells: string[]) => [`| ${cells.join(' | ')} |`, '|---|---|']],
    [
      'one cell per line, `|||` between rows',
      (cells: string[]) => [...cells.map((cell) => (cell ? `${cell} |` : '|')), '|||'],
    ],
  ])('reads every cell of %s', async (_shape, reprint) => {
    const report = await importPublishedReport(asFile('report.txt', reprinted(reprint)));
    expect(report).toMatchObject({ formatId: '2021', reportYear: 2021, agency: '示例市司法局' });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(expected.values);
  });

  it('one cell per line with nothing between rows: a label after values starts the next row', async () => {
    const report = await importPublishedReport(
      asFile(
        'report.txt',
        reprinted((cells) => cells.map((cell) => (cell ? `${cell} |` : '|'))),
      ),
    );
    const tablesAandB = (values: ImportedReport['values']) =>
      Object.fromEntries(Object.entries(values).filter(([code]) => !code.startsWith('T21.C.')));
    expect(tablesAandB(report.values)).toEqual(tablesAandB(expected.values));
    // Table C's values follow its header with no label between them: reported, never guessed.
    expect(new Set(unreadableCodes(report).map((code) => code?.split('.')[1]))).toEqual(new Set(['C']));
    expect(
      Object.entries(report.values).filter(([code, value]) => code.startsWith('T21.C.') && value !== null),
    ).toEqual([]);
  });

  it('keeps a sentence with a pipe in it as text', async () => {
    const text = reportText2021().replace(
      '一、总体情况',
      '一、总体情况\n网站栏目：政务公开 | 政策解读 | 互动交流',
    );
    const report = await importPublishedReport(asFile('report.txt', text));
    expect(report.narrative).toContain('网站栏目：政务公开 | 政策解读 | 互动交流');
    expect(report.values).toEqual(expected.values);
  });
});

/** The report as a page copied one cell per paragraph: every cell on its own line, a blank line between cells. */
const cellPerParagraph = (text: string) =>
  text
    .split('\n')
    .flatMap((line) => (line.includes('\t') ? line.split('\t').filter((cell) => cell !== '') : [line]))
    .join('\n\n');

const tablesAandB = (values: ImportedReport['values']) =>
  Object.fromEntries(Object.entries(values).filter(([code]) => !code.startsWith('T21.C.')));
const columnsOf = (row: string) =>
  ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH', 'TOT'].map((column) => `T21.B.${row}.${column}`);

describe('rows printed in the shapes scraped and cut-short copies leave them', () => {
  let expected: ImportedReport;
  beforeAll(async () => {
    expected = await importPublishedReport(asFile('report.txt', reportText2021()));
  });

  /** A lone `|` opens each row, each cell is followed by its pipe, the last one by the pipes that close the row. */
  const rowEndPipes = (cells: string[]) => {
    const filled = cells.filter((cell) => cell !== '');
    return [
      '|',
      ...filled.map((cell, position) => `${cell} |${position === filled.length - 1 ? ' |||' : ''}`),
    ];
  };

  it('reads a cell-per-line page whose last cell of each row carries the row’s closing pipes (`8 | |||`)', async () => {
    const report = await importPublishedReport(asFile('report.txt', reprinted(rowEndPipes)));
    expect(tablesAandB(report.values)).toEqual(tablesAandB(expected.values));
    expect(unreadableCodes(report).filter((code) => !code?.startsWith('T21.C.'))).toEqual([]);
  });

  it('still leaves such a row unreadable when it is printed one value short', async () => {
    const partlyOpenRow = tsvRow(
      '',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      3,
      0,
      0,
      0,
      0,
      3,
    );
    const text = reportText2021({ partlyOpenRow })
      .split('\n')
      .flatMap((line) => (line.includes('\t') ? rowEndPipes(line.split('\t')) : [line]))
      .join('\n');
    const report = await importPublishedReport(asFile('report.txt', text));
    expect(unreadableCodes(report)).toEqual(expect.arrayContaining(columnsOf('R2')));
    expect(rowValues(report, 'R2')).toEqual([null, null, null, null, null, null, null]);
    expect(rowValues(report, 'R1')).toEqual([2, 1, 0, 0, 0, 0, 3]);
  });

  /** The cell-per-line page cut short right after the `cut`-th value of the row labelled `label`. */
  const cutAfter = (label: string, cut: number) => {
    const lines = reprinted((cells) => cells.filter((cell) => cell !== '').map((cell) => `${cell} |`)).split(
      '\n',
    );
    const start = lines.findIndex((line) => line.startsWith(label));
    const kept = lines.slice(0, start + 1 + cut);
    // The copy ends on the number: its pipe was cut off with the rest.
    kept[kept.length - 1] = kept[kept.length - 1].replace(/ \|$/, '');
    return kept.join('\n');
  };

  it('reads the last value of a copy cut right after it, printed without its pipe', async () => {
    const report = await importPublishedReport(asFile('report.txt', cutAfter('（一）予以公开', 7)));
    expect(rowValues(report, 'R1')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(unreadableCodes(report)).not.toContain('T21.B.R1.TOT');
    expect(unreadableCodes(report)).toEqual(expect.arrayContaining(columnsOf('R2')));
  });

  it('leaves the row unreadable when the copy is cut before its last value', async () => {
    const report = await importPublishedReport(asFile('report.txt', cutAfter('（一）予以公开', 6)));
    expect(unreadableCodes(report)).toEqual(expect.arrayContaining(columnsOf('R1')));
    expect(rowValues(report, 'R1')).toEqual([null, null, null, null, null, null, null]);
  });

  it('reads a one-row table whose label is mistyped (行政事业型收费), where the format puts it, and notes the label', async () => {
    const text = reportText2021().replace('行政事业性收费\t0', '行政事业型收费\t0.4');
    const report = await importPublishedReport(asFile('report.txt', text));
    expect(report.unreadable).toEqual([]);
    expect(report.values['T21.A.20_8.SF.AMT']).toBe(0.4);
    expect(report.labelVariants).toEqual([{ rowLabel: '行政事业性收费', printed: '行政事业型收费' }]);
  });

  describe('a row printed with an empty label, read by its position', () => {
    it('one cell per paragraph: the first row of a table, its values right after the header', async () => {
      const text = cellPerParagraph(reportText2021()).replace('规章\n\n0\n\n0\n\n0', '  \n\n2\n\n1\n\n9');
      const report = await importPublishedReport(asFile('report.txt', text));
      expect(report.values).toMatchObject({
        'T21.A.20_1.GZ.MADE': 2,
        'T21.A.20_1.GZ.REP': 1,
        'T21.A.20_1.GZ.VALID': 9,
        'T21.A.20_1.GF.VALID': 20,
      });
      expect(unreadableCodes(report).filter((code) => code?.startsWith('T21.A.'))).toEqual([]);
      expect(report.labelVariants).toEqual([{ rowLabel: '规章', printed: '' }]);
    });

    it('one cell per paragraph: left unreadable when a value is missing too', async () => {
      const text = cellPerParagraph(reportText2021()).replace('规章\n\n0\n\n0\n\n0', '  \n\n2\n\n9');
      const report = await importPublishedReport(asFile('report.txt', text));
      expect(unreadableCodes(report)).toEqual(
        expect.arrayContaining(['T21.A.20_1.GZ.MADE', 'T21.A.20_1.GZ.REP', 'T21.A.20_1.GZ.VALID']),
      );
      expect(report.values['T21.A.20_1.GZ.MADE']).toBeNull();
      expect(report.labelVariants).toEqual([]);
    });

    const withUnlabelledRow = (...values: number[]) =>
      reportText2021().replace(
        tsvRow('', '', '2.其他法律行政法规禁止公开', ...zeros),
        tsvRow('', '', '', ...values),
      );

    it('a table: a row of its own with empty label cells between the rows around it', async () => {
      const report = await importPublishedReport(
        asFile('report.txt', withUnlabelledRow(3, 1, 0, 0, 0, 0, 4)),
      );
      expect(report.unreadable).toEqual([]);
      expect(rowValues(report, 'R3_2')).toEqual([3, 1, 0, 0, 0, 0, 4]);
      expect(rowValues(report, 'R3_1')).toEqual(zeros);
      expect(rowValues(report, 'R3_3')).toEqual(zeros);
      expect(report.labelVariants).toEqual([{ rowLabel: '2.其他法律行政法规禁止公开', printed: '' }]);
    });

    it('a table: left unreadable when the unlabelled row has a value too few', async () => {
      const report = await importPublishedReport(asFile('report.txt', withUnlabelledRow(3, 1, 0, 0, 0, 4)));
      expect(unreadableCodes(report)).toEqual(columnsOf('R3_2'));
      expect(rowValues(report, 'R3_2')).toEqual([null, null, null, null, null, null, null]);
      expect(report.labelVariants).toEqual([]);
    });
  });

  describe('the next row’s label split after its numbering (`2` on a line of its own)', () => {
    const splitNumbering = (text: string) =>
      text.replace('\n\n2.其他法律行政法规禁止公开\n\n', '\n\n2\n\n其他法律行政法规禁止公开\n\n');

    it('reads both rows when the label goes on', async () => {
      const text = splitNumbering(cellPerParagraph(reportText2021()));
      expect(text).toContain('\n\n2\n\n其他法律');
      const report = await importPublishedReport(asFile('report.txt', text));
      expect(tablesAandB(report.values)).toEqual(tablesAandB(expected.values));
      expect(unreadableCodes(report).filter((code) => code?.startsWith('T21.B.'))).toEqual([]);
    });

    it('reads the row above when the copy is cut after the number, and reports the rows not printed', async () => {
      const full = splitNumbering(cellPerParagraph(reportText2021()));
      const report = await importPublishedReport(
        asFile('report.txt', full.slice(0, full.indexOf('\n\n其他法律行政法规禁止公开'))),
      );
      expect(rowValues(report, 'R3_1')).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(unreadableCodes(report)).not.toContain('T21.B.R3_1.NP');
      expect(unreadableCodes(report)).toEqual(expect.arrayContaining(columnsOf('R3_2')));
    });

    it('leaves the row unreadable when the extra number is not the next row’s', async () => {
      const full = cellPerParagraph(reportText2021()).replace(
        '\n\n2.其他法律行政法规禁止公开\n\n',
        '\n\n5\n\n其他法律行政法规禁止公开\n\n',
      );
      const report = await importPublishedReport(asFile('report.txt', full));
      expect(unreadableCodes(report)).toEqual(expect.arrayContaining(columnsOf('R3_1')));
      expect(rowValues(report, 'R3_1')).toEqual([null, null, null, null, null, null, null]);
    });
  });
});
