import { consolidate } from '@nianbao/rules';
import type { ReportData } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import { saveWorkbook } from '../workbook/save-workbook';
import { addIndexSheet } from './index-sheet';
import { uniqueSheetNames } from './sheet-names';
import { addStackedReportSheet } from './stacked-report-sheet';

export interface SummaryOptions {
  /** Shown as 填报单位 of the 汇总 sheet, e.g. 某某区人民政府办公室（汇总）. */
  agency?: string | null;
  reportYear?: number | null;
}

/**
 * The 汇总 workbook: a 汇总 sheet with every cell summed over the reports (by `consolidate` from the rules), a 目录
 * of the contributors, and one sheet per contributor so each total can be traced.
 */
export async function exportSummary(
  reports: readonly ReportData[],
  options: SummaryOptions = {},
): Promise<Uint8Array> {
  const consolidation = consolidate(reports);
  const workbook = new Workbook();
  workbook.creator = '政府信息公开工作年度报告系统';
  const reportYear = options.reportYear ?? reports.find((report) => report.reportYear)?.reportYear ?? null;
  addStackedReportSheet(workbook, '汇总', {
    formatId: consolidation.formatId,
    agency: options.agency ?? `${consolidation.reportCount} 个单位汇总`,
    reportYear,
    values: consolidation.values,
  });
  const names = uniqueSheetNames(
    reports.map((report) => report.agency ?? '未填写单位'),
    ['汇总', '目录'],
  );
  addIndexSheet(workbook, `参与汇总的单位（共 ${consolidation.reportCount} 个）`, reports, names);
  reports.forEach((report, index) => addStackedReportSheet(workbook, names[index], report));
  return saveWorkbook(workbook);
}
