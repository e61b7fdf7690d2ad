import { readFileSync } from 'node:fs';
import { importPublishedReport } from '../src';
import { _, BLANKS, resultRows, tableB, tableC, ZEROS } from './expected-values';
import { OFFICIAL_2021_TEMPLATE, readFixture } from './seed-paths';

const row = (natural: number, total: number, business = 0) => [natural, business, 0, 0, 0, 0, total];

describe('importing web pages (.html)', () => {
  it('reads a GB2312 government page with Word-exported rowspan/colspan tables (2021 format)', async () => {
    const report = await importPublishedReport(readFixture('street-office-2023-tables.gbk.html'));
    expect(report).toMatchObject({
      formatId: '2021',
      reportYear: 2023,
      agency: '示例区人民政府新华街道办事处',
      source: 'html',
    });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual({
      'T21.A.20_1.GZ.MADE': 0,
      'T21.A.20_1.GZ.REP': 0,
      'T21.A.20_1.GZ.VALID': 0,
      'T21.A.20_1.GF.MADE': 2,
      'T21.A.20_1.GF.REP': 0,
      'T21.A.20_1.GF.VALID': 8,
      'T21.A.20_5.XK.DEC': null, // printed “/”
      'T21.A.20_6.CF.DEC': 1472, // printed “1,472”
      'T21.A.20_6.QZ.DEC': 0,
      'T21.A.20_8.SF.AMT': 0,
      ...tableB('T21', {
        A1: [12, 1, 0, 0, 0, 0, 13], // 自然人 printed with full-width digits “１２”
        A2: row(1, 1),
        R1: row(5, 6, 1),
        R2: row(2, 2),
        ...resultRows({ R3_3: row(1, 1), R4_1: row(3, 3), R5_2: row(1, 1) }),
        R6_1: row(1, 1),
        R6_2: ZEROS,
        R6_3: ZEROS,
        R7: [13, 1, 0, 0, 0, 0, 14],
        A4: ZEROS,
      }),
      ...tableC('T21', [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
    });
    expect(report.narrative).toContain('本年度未收取信息处理费');
    expect(report.narrative).not.toContain('var title');
  });

  it('reads a page that prints the tables one cell per line, and goes by labels: a 2022 report on the 2019 tables', async () => {
    const report = await importPublishedReport(readFixture('township-2022-one-cell-per-line.html'));
    expect(report).toMatchObject({
      formatId: '2019',
      reportYear: 2022,
      agency: '示例镇人民政府',
      source: 'html',
    });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual({
      'T19.A.20_1.GZ.NEW': 0,
      'T19.A.20_1.GZ.PUB': 0,
      'T19.A.20_1.GZ.TOT': 0,
      'T19.A.20_1.GF.NEW': 1,
      'T19.A.20_1.GF.PUB': 1,
      'T19.A.20_1.GF.TOT': 3,
      'T19.A.20_5.XK.PREV': 5,
      'T19.A.20_5.XK.DELTA': 0,
      'T19.A.20_5.XK.DEC': 5,
      'T19.A.20_5.QT.PREV': 0,
      'T19.A.20_5.QT.DELTA': 0,
      'T19.A.20_5.QT.DEC': 0,
      'T19.A.20_6.CF.PREV': 2,
      'T19.A.20_6.CF.DELTA': 1, // printed “+1”
      'T19.A.20_6.CF.DEC': 3,
      'T19.A.20_6.QZ.PREV': 0,
      'T19.A.20_6.QZ.DELTA': 0,
      'T19.A.20_6.QZ.DEC': 0,
      'T19.A.20_8.SF.PREV': 0,
      'T19.A.20_8.SF.DELTA': 0,
      'T19.A.20_9.CG.CNT': 4,
      'T19.A.20_9.CG.AMT': 12.5, // printed “12.5万元”
      ...tableB('T19', {
        A1: row(3, 3),
        A2: ZEROS,
        R1: row(2, 2),
        R2: ZEROS,
        ...resultRows({ R4_1: row(1, 1) }),
        R6: ZEROS,
        R7: row(3, 3),
        A4: ZEROS,
      }),
      ...tableC('T19', Array(15).fill(0)),
    });
  });
  it('reads a web page saved with a .txt extension as a web page', async () => {
    const page = readFixture('township-2022-one-cell-per-line.html');
    const report = await importPublishedReport({ fileName: '年报.txt', data: page.data });
    expect(report).toMatchObject({ formatId: '2019', reportYear: 2022, source: 'html', unreadable: [] });
  });

  it('reads a 2019 page whose value cells span other columns than its header cells, and 元 as 万元', async () => {
    // As CMS editors leave Word tables: the header spans columns 2–3 for the second heading, the rows span 1–2 for
    // the first value. Each row still has one value per heading, in order.
    const cell = (text: string, colspan = 1) =>
      `<td${colspan > 1 ? ` colspan="${colspan}"` : ''} nowrap="nowrap"><p align="center">${text || '&nbsp;'}</p></td>`;
    const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
    const item = (label: string, header: [string, string, string], values: [string, string, string]) => [
      row(cell('信息内容'), cell(header[0]), cell(header[1], 2), cell(header[2])),
      row(cell(label), cell(values[0], 2), cell(values[1]), cell(values[2])),
    ];
    const page = [
      '<html><head><meta charset="utf-8"><title>示例市交通局2019年政府信息公开工作年度报告</title></head><body>',
      '<p>示例市交通局2019年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table border="1"><tbody>',
      row(cell('第二十条第（一）项', 5)),
      row(
        cell('信息内容'),
        cell('本年新<br />制作数量'),
        cell('本年新<br />公开数量', 2),
        cell('对外公开总数量'),
      ),
      row(cell('规章'), cell('2'), cell('2', 2), cell('31')),
      row(cell('规范性文件'), cell('7'), cell('6', 2), cell('88')),
      row(cell('第二十条第（五）项', 5)),
      ...item('行政许可', ['上一年项目数量', '本年增/减', '处理决定数量'], ['12', '-1', '3456']),
      row(cell('第二十条第（九）项', 5)),
      row(cell('信息内容'), cell('采购项目数量', 2), cell('采购总金额', 2)),
      row(cell('政府集中采购'), cell('6', 2), cell('251000元', 2)),
      '</tbody></table></body></html>',
    ].join('');
    const report = await importPublishedReport({
      fileName: 'page.html',
      data: new TextEncoder().encode(page),
    });
    expect(report).toMatchObject({ formatId: '2019', reportYear: 2019, agency: '示例市交通局' });
    expect(report.values).toMatchObject({
      'T19.A.20_1.GZ.NEW': 2,
      'T19.A.20_1.GZ.PUB': 2,
      'T19.A.20_1.GZ.TOT': 31,
      'T19.A.20_1.GF.PUB': 6,
      'T19.A.20_5.XK.PREV': 12,
      'T19.A.20_5.XK.DELTA': -1,
      'T19.A.20_5.XK.DEC': 3456,
      'T19.A.20_9.CG.CNT': 6,
      'T19.A.20_9.CG.AMT': 25.1,
    });
  });
});

describe('importing Word documents (.docx)', () => {
  it('reads the official 2021 template filled in by an agency, merged cells and all', async () => {
    const report = await importPublishedReport(readFixture('filled-2021.docx'));
    expect(report).toMatchObject({
      formatId: '2021',
      reportYear: 2022,
      agency: '示例县市场监督管理局',
      source: 'docx',
    });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual({
      'T21.A.20_1.GZ.MADE': 0,
      'T21.A.20_1.GZ.REP': 0,
      'T21.A.20_1.GZ.VALID': 0,
      'T21.A.20_1.GF.MADE': 5,
      'T21.A.20_1.GF.REP': 1,
      'T21.A.20_1.GF.VALID': 25,
      'T21.A.20_5.XK.DEC': 1472,
      'T21.A.20_6.CF.DEC': 36,
      'T21.A.20_6.QZ.DEC': 2,
      'T21.A.20_8.SF.AMT': 3.5,
      ...tableB('T21', {
        A1: [58, 7, 0, 0, 1, 0, 66],
        A2: row(2, 2),
        R1: [20, 3, 0, 0, 1, 0, 24],
        R2: row(16, 17, 1),
        ...resultRows({
          R3_4: row(1, 1),
          R3_5: row(1, 1),
          R3_6: [0, 0, _, 0, 0, 0, 0], // printed “—”
          R4_1: row(10, 12, 2),
          R4_3: row(2, 2),
          R5_1: row(1, 1),
          R5_2: row(3, 3),
          R5_4: BLANKS, // printed “/” throughout
        }),
        R6_1: row(1, 1),
        R6_2: ZEROS,
        R6_3: row(2, 3, 1),
        R7: [57, 7, 0, 0, 1, 0, 65],
        A4: row(3, 3),
      }),
      ...tableC('T21', [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]),
    });
  });

  it('reads the blank official template as format 2021 with every cell unfilled', async () => {
    const report = await importPublishedReport({
      fileName: 'official-2021-template.docx',
      data: readFileSync(OFFICIAL_2021_TEMPLATE),
    });
    expect(report.formatId).toBe('2021');
    expect(report.reportYear).toBeNull();
    expect(Object.keys(report.values)).toHaveLength(200);
    expect(Object.values(report.values).every((value) => value === null)).toBe(true);
    expect(report.unreadable).toEqual([]);
    expect(report.narrative).toContain('（文字描述，收取信息处理费情况在此处报告。）');
  });
});
