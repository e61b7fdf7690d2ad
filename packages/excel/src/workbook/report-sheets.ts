import { getFormat } from '@nianbao/rules';
import type { FormatId, ReportValues } from '@nianbao/rules';
import type { Workbook, Worksheet } from 'exceljs';
import { layoutSection } from '../layout/section-layout';
import type { SectionLayout } from '../layout/layout-types';
import { writeInfoRow } from './info-rows';
import type { InfoValue } from './info-rows';
import { safeText } from './safe-text';
import {
  AGENCY_NAME,
  definedNameOfCell,
  GENERATOR,
  METADATA_SHEET,
  quoteSheetName,
  REPORT_YEAR_NAME,
  TEMPLATE_VERSION,
} from './workbook-metadata';
import { writeSection } from './write-section';

export interface ReportSheetsOptions {
  formatId: FormatId;
  agency?: string | null;
  reportYear?: number | null;
  values?: ReportValues;
  /** Template: value cells unlocked and validated, label cells locked by sheet protection. */
  isTemplate: boolean;
}

function absolute(sheet: Worksheet, address: string): string {
  return `${quoteSheetName(sheet.name)}!${address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
}

function setUpPage(sheet: Worksheet, layout: SectionLayout): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: layout.isLandscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(layout.headerRows ? { printTitlesRow: `${layout.headerRows.from}:${layout.headerRows.to}` } : {}),
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  const ySplit = layout.headerRows ? layout.headerRows.to : 3;
  const xSplit = layout.headerRows ? layout.labelColumns : 0;
  sheet.views = [
    { state: 'frozen', xSplit, ySplit, topLeftCell: sheet.getCell(ySplit + 1, xSplit + 1).address },
  ];
}

/**
 * Adds one sheet per section of the format, in the official layout, named by `section.shortName`. Value cells and
 * the 填报单位/报告年度 cells of the first sheet get defined names, so the workbook reads back exactly.
 */
export async function addReportSheets(
  workbook: Workbook,
  options: ReportSheetsOptions,
): Promise<Worksheet[]> {
  const format = getFormat(options.formatId);
  const sheets: Worksheet[] = [];
  let agencyRef = '';
  let yearRef = '';
  for (const [index, section] of format.sections.entries()) {
    const sheet = workbook.addWorksheet(section.shortName, {
      properties: { tabColor: { argb: 'FF1F4E79' } },
    });
    const layout = layoutSection(options.formatId, section, 1);
    writeSection(sheet, layout, { values: options.values, isInput: options.isTemplate });
    for (const slot of layout.values) {
      workbook.definedNames.add(
        absolute(sheet, sheet.getCell(slot.row, slot.col).address),
        definedNameOfCell(slot.cell.code),
      );
    }
    if (index === 0) {
      const agency = writeInfoRow(
        sheet,
        layout,
        2,
        '填报单位（盖章）：',
        options.agency ?? null,
        options.isTemplate,
      );
      const year = writeInfoRow(
        sheet,
        layout,
        3,
        '报告年度：',
        options.reportYear ?? null,
        options.isTemplate,
      );
      if (options.isTemplate) {
        year.dataValidation = {
          type: 'whole',
          operator: 'between',
          formulae: [2008, 2100],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: '年度不正确',
          error: '请填写四位数的报告年度，如 2025',
        };
      }
      agencyRef = absolute(sheet, agency.address);
      yearRef = absolute(sheet, year.address);
      workbook.definedNames.add(agencyRef, AGENCY_NAME);
      workbook.definedNames.add(yearRef, REPORT_YEAR_NAME);
    } else {
      // Later sheets repeat the first sheet's 填报单位/报告年度, so every printed page names the agency.
      const repeat = (ref: string, value: string | number | null | undefined): InfoValue =>
        options.isTemplate
          ? {
              formula: `IF(${ref}="","",${ref})`,
              result: typeof value === 'string' ? safeText(value) : (value ?? ''),
            }
          : (value ?? null);
      writeInfoRow(sheet, layout, 2, '填报单位（盖章）：', repeat(agencyRef, options.agency), false);
      writeInfoRow(sheet, layout, 3, '报告年度：', repeat(yearRef, options.reportYear), false);
    }
    setUpPage(sheet, layout);
    if (options.isTemplate) {
      await sheet.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
      });
    }
    sheets.push(sheet);
  }
  return sheets;
}

export function addMetadataSheet(workbook: Workbook, formatId: FormatId): void {
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  sheet.addRows([
    ['generator', GENERATOR],
    ['templateVersion', TEMPLATE_VERSION],
    ['formatId', formatId],
  ]);
}
