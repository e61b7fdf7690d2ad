import fc from 'fast-check';
import { consolidate, FORMAT_IDS } from '@nianbao/rules';
import type { FormatId, ReportData } from '@nianbao/rules';
import { importWorkbook } from '../import/import-workbook';
import { consistentValues } from '../test-support/consistent-values';
import { loadWorkbook } from '../test-support/load-workbook';
import { exportReport } from './export-report';
import { exportReportSet } from './export-report-set';
import { exportSummary } from './export-summary';

jest.setTimeout(30000);

function reportsOf(formatId: FormatId, agencies: string[]): ReportData[] {
  const samples = fc.sample(consistentValues(formatId), { numRuns: agencies.length, seed: 11 });
  return agencies.map((agency, index) => ({ formatId, agency, reportYear: 2022, values: samples[index] }));
}

describe('exports', () => {
  it.each(FORMAT_IDS)('a %s report exported to Excel imports back unchanged', async (formatId) => {
    const [report] = reportsOf(formatId, ['宁波市规划局']);
    const imported = await importWorkbook(await exportReport(report));
    expect(imported).toMatchObject({ formatId, agency: '宁波市规划局', reportYear: 2022, problems: [] });
    expect(imported.values).toEqual(report.values);
  });

  it('a set of reports has a 目录 linking one sheet per agency, with safe, unique sheet names', async () => {
    const reports = reportsOf('2021', ['甲镇人民政府', '甲镇人民政府', '=HYPERLINK("http://x")', 'a/b:c']);
    const workbook = await loadWorkbook(await exportReportSet(reports));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '目录',
      '甲镇人民政府',
      '甲镇人民政府(2)',
      '=HYPERLINK("http___x")',
      'a_b_c',
    ]);
    const index = workbook.getWorksheet('目录')!;
    expect(index.getCell('B5').value).toBe('\'=HYPERLINK("http://x")');
    expect(index.getCell('E4').value).toMatchObject({
      text: '甲镇人民政府(2)',
      hyperlink: "#'甲镇人民政府(2)'!A1",
    });
  });

  it('the 汇总 workbook totals every cell over the contributors and keeps each contributor', async () => {
    const reports = reportsOf('2019', ['甲局', '乙局', '丙镇']);
    const data = await exportSummary(reports, { agency: '某区人民政府办公室' });
    const workbook = await loadWorkbook(data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '目录', '甲局', '乙局', '丙镇']);
    const summary = await importWorkbook(data);
    expect(summary.agency).toBe('某区人民政府办公室');
    expect(summary.values).toEqual(consolidate(reports).values);
  });
});
