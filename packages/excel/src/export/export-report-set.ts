import type { ReportData } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import { saveWorkbook } from '../workbook/save-workbook';
import { addIndexSheet } from './index-sheet';
import { uniqueSheetNames } from './sheet-names';
import { addStackedReportSheet } from './stacked-report-sheet';

/** Several reports in one workbook: a 目录 sheet, then one sheet per agency with all its tables. */
export async function exportReportSet(reports: readonly ReportData[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '政府信息公开工作年度报告系统';
  const names = uniqueSheetNames(
    reports.map((report) => report.agency ?? '未填写单位'),
    ['目录'],
  );
  addIndexSheet(workbook, `政府信息公开工作年度报告（共 ${reports.length} 份）`, reports, names);
  reports.forEach((report, index) => addStackedReportSheet(workbook, names[index], report));
  return saveWorkbook(workbook);
}
