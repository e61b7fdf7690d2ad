import { getFormat } from '@nianbao/rules';
import type { ReportData } from '@nianbao/rules';
import type { Workbook } from 'exceljs';
import { quoteSheetName } from '../workbook/workbook-metadata';
import { safeText } from '../workbook/safe-text';
import { FONTS, TABLE_BORDER } from '../workbook/styles';

/** A 目录 sheet: one line per report with a link to its sheet. */
export function addIndexSheet(
  workbook: Workbook,
  title: string,
  reports: readonly ReportData[],
  sheetNames: string[],
): void {
  const sheet = workbook.addWorksheet('目录');
  sheet.columns = [{ width: 8 }, { width: 40 }, { width: 12 }, { width: 36 }, { width: 24 }];
  const titleRow = sheet.addRow([title]);
  titleRow.font = FONTS.title;
  sheet.mergeCells(titleRow.number, 1, titleRow.number, 5);
  titleRow.alignment = { horizontal: 'center' };
  const header = sheet.addRow(['序号', '填报单位', '报告年度', '表格格式', '工作表']);
  header.font = FONTS.header;
  reports.forEach((report, index) => {
    const row = sheet.addRow([
      index + 1,
      safeText(report.agency ?? '未填写单位'),
      report.reportYear ?? '',
      getFormat(report.formatId).name,
      { text: sheetNames[index], hyperlink: `#${quoteSheetName(sheetNames[index])}!A1` },
    ]);
    row.font = FONTS.rowLabel;
  });
  for (let row = header.number; row <= header.number + reports.length; row++) {
    for (let col = 1; col <= 5; col++) sheet.getCell(row, col).border = TABLE_BORDER;
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}
