import { Workbook } from 'exceljs';
import { saveWorkbook } from '../workbook/save-workbook';
import type { FormatId } from '@nianbao/rules';
import { addMetadataSheet, addReportSheets } from '../workbook/report-sheets';
import { addInstructionsSheet } from './instructions-sheet';

export interface TemplateOptions {
  agency?: string | null;
  reportYear?: number | null;
}

/** A blank workbook in the official layout of a format, ready for a submitter to fill in Excel or WPS. */
export async function createTemplate(formatId: FormatId, options: TemplateOptions = {}): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '政府信息公开工作年度报告系统';
  await addReportSheets(workbook, {
    formatId,
    agency: options.agency,
    reportYear: options.reportYear,
    isTemplate: true,
  });
  addInstructionsSheet(workbook, formatId);
  addMetadataSheet(workbook, formatId);
  return saveWorkbook(workbook);
}
