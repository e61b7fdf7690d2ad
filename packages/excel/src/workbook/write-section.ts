import type { ReportValues, ValueKind } from '@nianbao/rules';
import type { DataValidation, Worksheet } from 'exceljs';
import type { SectionLayout, ValueSlot } from '../layout/layout-types';
import { FONTS, INPUT_FILL, labelAlignment, TABLE_BORDER, VALUE_ALIGNMENT } from './styles';

export interface WriteSectionOptions {
  values?: ReportValues;
  /** Template mode: value cells unlocked, tinted and validated by value kind. */
  isInput: boolean;
}

const NUMBER_FORMATS: Record<ValueKind, string> = { count: '0', signedCount: '0', amount: '0.00##' };

function validationFor(slot: ValueSlot): DataValidation {
  const error = {
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: '数值不正确',
    allowBlank: true,
  };
  if (slot.cell.kind === 'amount') {
    return {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      ...error,
      error: '请填写不小于 0 的金额，单位为万元（如 1.25）；不适用的留空。',
    };
  }
  if (slot.cell.kind === 'signedCount') {
    return {
      type: 'whole',
      operator: 'between',
      formulae: [-1000000000, 1000000000],
      ...error,
      error: '请填写整数，减少用负数表示（如 -8）；不适用的留空。',
    };
  }
  return {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    ...error,
    error: '请填写不小于 0 的整数；不适用的留空。',
  };
}

function merge(sheet: Worksheet, row: number, col: number, rowSpan: number, colSpan: number): void {
  if (rowSpan > 1 || colSpan > 1) sheet.mergeCells(row, col, row + rowSpan - 1, col + colSpan - 1);
}

/** Draws a laid-out section: labels with the official fonts and borders, merged cells, and the value cells. */
export function writeSection(sheet: Worksheet, layout: SectionLayout, options: WriteSectionOptions): void {
  layout.columnWidths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.max(column.width ?? 0, width);
  });
  for (const [row, height] of layout.rowHeights) sheet.getRow(row).height = height;
  sheet.getRow(layout.firstRow).height = 30;

  for (const label of layout.labels) {
    const cell = sheet.getCell(label.row, label.col);
    cell.value = label.text;
    cell.font = FONTS[label.role];
    cell.alignment = labelAlignment(label.role, label.indent);
    if (label.role !== 'title' && label.role !== 'caption') cell.border = TABLE_BORDER;
    merge(sheet, label.row, label.col, label.rowSpan, label.colSpan);
  }
  for (const slot of layout.values) {
    const cell = sheet.getCell(slot.row, slot.col);
    const value = options.values?.[slot.cell.code];
    cell.value = value ?? null;
    cell.font = FONTS.value;
    cell.alignment = VALUE_ALIGNMENT;
    cell.border = TABLE_BORDER;
    cell.numFmt = NUMBER_FORMATS[slot.cell.kind];
    if (options.isInput) {
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      cell.dataValidation = validationFor(slot);
    }
    merge(sheet, slot.row, slot.col, 1, slot.colSpan);
  }
}
