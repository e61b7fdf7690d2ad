import { getFormat } from '@nianbao/rules';
import type { FormatId, ReportValues } from '@nianbao/rules';
import type { Workbook, Worksheet } from 'exceljs';
import { layoutSection } from '../layout/section-layout';
import { writeInfoRow } from '../workbook/info-rows';
import { writeSection } from '../workbook/write-section';

export interface StackedReport {
  formatId: FormatId;
  agency?: string | null;
  reportYear?: number | null;
  values: ReportValues;
}

/**
 * One report on one sheet: every table of the format one below the other in the official layout, each starting a
 * new printed page, for workbooks that hold several agencies.
 */
export function addStackedReportSheet(workbook: Workbook, name: string, report: StackedReport): Worksheet {
  const sheet = workbook.addWorksheet(name);
  let firstRow = 1;
  let isLandscape = false;
  for (const section of getFormat(report.formatId).sections) {
    const layout = layoutSection(report.formatId, section, firstRow);
    writeSection(sheet, layout, { values: report.values, isInput: false });
    writeInfoRow(sheet, layout, firstRow + 1, '填报单位（盖章）：', report.agency ?? null, false);
    writeInfoRow(sheet, layout, firstRow + 2, '报告年度：', report.reportYear ?? null, false);
    sheet.getRow(layout.lastRow).addPageBreak();
    isLandscape ||= layout.isLandscape;
    firstRow = layout.lastRow + 3;
  }
  sheet.pageSetup = {
    paperSize: 9,
    orientation: isLandscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
  };
  return sheet;
}
