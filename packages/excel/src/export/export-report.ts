import type { ReportData } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import { saveWorkbook } from '../workbook/save-workbook';
import { addMetadataSheet, addReportSheets } from '../workbook/report-sheets';

/**
 * A filled report in the template's layout, one sheet per table, not protected. It keeps the cell names, so the
 * file can be corrected and uploaded again.
 */
export async function exportReport(report: ReportData): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '政府信息公开工作年度报告系统';
  await addReportSheets(workbook, {
    formatId: report.formatId,
    agency: report.agency,
    reportYear: report.reportYear,
    values: report.values,
    isTemplate: false,
  });
  addMetadataSheet(workbook, report.formatId);
  return saveWorkbook(workbook);
}
