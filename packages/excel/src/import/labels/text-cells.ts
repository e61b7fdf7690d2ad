import { labelKey, normalizeLabel } from '@nianbao/rules';
import type { Workbook, Worksheet } from 'exceljs';
import { cellText } from '../read-value-cell';

/** A cell holding text, with the normalised forms labels are compared in. Merged areas appear once, at their top-left. */
export interface TextCell {
  sheet: Worksheet;
  row: number;
  col: number;
  text: string;
  normalized: string;
  /** `labelKey`: without numbering, notes and punctuation, for tables numbered or punctuated another way. */
  unnumbered: string;
  /** Position in reading order across the workbook. */
  order: number;
}

/** Every text cell of the visible and hidden sheets, in reading order: sheet by sheet, row by row, left to right. */
export function collectTextCells(workbook: Workbook): TextCell[] {
  const cells: TextCell[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'veryHidden') return;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master !== cell) return;
        if (typeof cell.value === 'number') return;
        const text = cellText(cell);
        if (!text) return;
        const normalized = normalizeLabel(text);
        cells.push({
          sheet,
          row: rowNumber,
          col,
          text,
          normalized,
          unnumbered: labelKey(normalized),
          order: cells.length,
        });
      });
    });
  });
  return cells;
}
