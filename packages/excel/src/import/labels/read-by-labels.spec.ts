import fc from 'fast-check';
import { FORMAT_IDS, listCells } from '@nianbao/rules';
import type { FormatId, ReportValues } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import { consistentValues } from '../../test-support/consistent-values';
import { typedValues } from '../../test-support/typed-values';
import { createTemplate } from '../../template/create-template';
import { fillTemplate } from '../../test-support/fill-template';
import { loadWorkbook } from '../../test-support/load-workbook';
import { buildUserWorkbook } from '../../test-support/user-built-workbook';
import { ExcelImportErrorCode } from '../excel-import-error';
import { importWorkbook } from '../import-workbook';

jest.setTimeout(60000);

function sampleValues(formatId: FormatId): ReportValues {
  return fc.sample(consistentValues(formatId), { numRuns: 1, seed: 7 })[0];
}

describe('a workbook the user built in the shape of the official table', () => {
  it.each(FORMAT_IDS)('%s: every value is found by its labels, however it was typed', async (formatId) => {
    await fc.assert(
      fc.asyncProperty(
        consistentValues(formatId).chain((values) =>
          fc.tuple(fc.constant(values), typedValues(listCells(formatId), values)),
        ),
        fc.record({
          reverseColumns: fc.boolean(),
          insertRows: fc.boolean(),
          retypeLabels: fc.boolean(),
          sheetPerSection: fc.boolean(),
        }),
        async ([values, typed], layout) => {
          const data = await buildUserWorkbook(formatId, typed, {
            ...layout,
            agency: '某某街道办事处',
            reportYear: 2023,
          });
          const imported = await importWorkbook(data, { fileName: '自制统计表.xlsx' });
          expect(imported).toMatchObject({
            formatId,
            matchedBy: 'labels',
            agency: '某某街道办事处',
            reportYear: 2023,
          });
          expect(imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
          expect(imported.values).toEqual(values);
        },
      ),
      { numRuns: 6 },
    );
  });

  it.each(FORMAT_IDS)(
    '%s: our own layout without its cell names (sheets copied elsewhere) reads by labels',
    async (formatId) => {
      const values = sampleValues(formatId);
      const filled = await fillTemplate(await createTemplate(formatId), {
        ...values,
        agency: '某某局',
        reportYear: 2024,
      });
      const workbook = await loadWorkbook(filled);
      workbook.definedNames.model = [];
      const copy = new Uint8Array(await workbook.xlsx.writeBuffer());
      const imported = await importWorkbook(copy);
      expect(imported).toMatchObject({
        formatId,
        matchedBy: 'labels',
        agency: '某某局',
        reportYear: 2024,
        problems: [],
      });
      expect(imported.values).toEqual(values);
    },
  );

  it('a cell holding words instead of a number is reported with its sheet, cell and Chinese label', async () => {
    const values = sampleValues('2021');
    const data = await buildUserWorkbook('2021', { ...values, 'T21.B.A1.NP': '见附件' });
    const imported = await importWorkbook(data);
    expect(imported.values['T21.B.A1.NP']).toBeNull();
    const [problem] = imported.problems.filter((candidate) => candidate.severity === 'error');
    expect(problem).toMatchObject({ sheet: 'Sheet1', code: 'T21.B.A1.NP', severity: 'error' });
    expect(problem.cell).toMatch(/^[A-Z]+\d+$/);
    expect(problem.label).toContain('一、本年新收政府信息公开申请数量');
    expect(problem.message).toContain(`Sheet1!${problem.cell}`);
    expect(problem.message).toContain('“见附件”不是数字');
  });

  it('uses the result Excel saved for a formula, and names a formula saved without one', async () => {
    const values = sampleValues('2019');
    const data = await buildUserWorkbook('2019', {
      ...values,
      'T19.B.R7.NP': { formula: 'SUM(C10:C30)', result: 42 },
      'T19.B.R7.TOT': { formula: 'SUM(I10:I30)' },
    });
    const imported = await importWorkbook(data);
    expect(imported.values['T19.B.R7.NP']).toBe(42);
    expect(imported.values['T19.B.R7.TOT']).toBeNull();
    const problem = imported.problems.find((candidate) => candidate.code === 'T19.B.R7.TOT');
    expect(problem?.message).toMatch(/公式没有保存计算结果.*重新保存/);
  });

  it('a table with a row deleted still imports, the missing row named as not filled', async () => {
    const values = sampleValues('legacy');
    const workbook = new Workbook();
    await workbook.xlsx.load(
      Buffer.from(await buildUserWorkbook('legacy', values)) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Sheet1')!;
    let deleted = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === '6.申请信息不存在数') deleted = number;
    });
    sheet.spliceRows(deleted, 1);
    const imported = await importWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(imported.values['L.L3_3_6']).toBeNull();
    expect(imported.values['L.L3_3_7']).toBe(values['L.L3_3_7']);
    expect(imported.problems.map((problem) => problem.label)).toEqual(['6.申请信息不存在数']);
  });

  it('a legacy table whose 统计数 header was retitled still finds its one value column', async () => {
    const values = sampleValues('legacy');
    const workbook = new Workbook();
    await workbook.xlsx.load(
      Buffer.from(await buildUserWorkbook('legacy', values)) as unknown as ArrayBuffer,
    );
    workbook.getWorksheet('Sheet1')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '统计数') cell.value = '2018年';
      }),
    );
    const imported = await importWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(imported.problems).toEqual([]);
    expect(imported.values).toEqual(values);
  });

  it('a workbook with no report table is refused, saying to use the template', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('工资表').addRows([
      ['姓名', '部门', '金额'],
      ['张三', '办公室', 5000],
    ]);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(importWorkbook(data)).rejects.toMatchObject({
      code: ExcelImportErrorCode.UnknownFormat,
      message: expect.stringContaining('模板'),
    });
  });
});
