import type { Worksheet } from 'exceljs';
import type { SectionLayout } from '../layout/layout-types';
import { safeText } from './safe-text';
import { FONTS, INPUT_FILL, TABLE_BORDER } from './styles';

export type InfoValue = string | number | null | { formula: string; result: string | number };

/** One 填报单位/报告年度 row under a section title: a caption, then the value across the rest of the width. */
export function writeInfoRow(
  sheet: Worksheet,
  layout: SectionLayout,
  row: number,
  caption: string,
  value: InfoValue,
  isInput: boolean,
) {
  const captionCell = sheet.getCell(row, 1);
  captionCell.value = caption;
  captionCell.font = FONTS.info;
  captionCell.alignment = { horizontal: 'right', vertical: 'middle' };
  if (layout.infoLabelSpan > 1) sheet.mergeCells(row, 1, row, layout.infoLabelSpan);
  const valueCell = sheet.getCell(row, layout.infoLabelSpan + 1);
  valueCell.value = typeof value === 'string' ? safeText(value) : value;
  valueCell.font = FONTS.info;
  valueCell.alignment = { horizontal: 'left', vertical: 'middle' };
  if (isInput) {
    valueCell.protection = { locked: false };
    valueCell.fill = INPUT_FILL;
    valueCell.border = { bottom: TABLE_BORDER.bottom };
  }
  if (layout.width > layout.infoLabelSpan + 1)
    sheet.mergeCells(row, layout.infoLabelSpan + 1, row, layout.width);
  return valueCell;
}
