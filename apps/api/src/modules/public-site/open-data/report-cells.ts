import { listCells } from '@nianbao/rules';
import type { CellDef, FormatId, ReportValues } from '@nianbao/rules';

/** One statistics cell as open data: its code, where it sits in the official table, and its value. */
export interface OpenCell {
  /** e.g. `T21.C.7_1_total`: stable across every report of the same format. */
  code: string;
  /** Table section as printed, e.g. 三、收到和处理政府信息公开申请情况. */
  section: string;
  /** Row labels from the outermost heading to the row, joined by ` / `. */
  labelPath: string;
  /** Column labels joined by ` / `; empty for a one-column table. */
  column: string;
  value: number | null;
  unit: string | null;
}

const joined = (labels: string[]) =>
  labels
    .map((label) => label.trim())
    .filter(Boolean)
    .join(' / ');

export function openCell(cell: CellDef, values: ReportValues): OpenCell {
  const value = values[cell.code];
  return {
    code: cell.code,
    section: cell.section.title,
    labelPath: joined(cell.rowLabelPath),
    column: joined(cell.columnLabelPath),
    value: typeof value === 'number' ? value : null,
    unit: cell.unit,
  };
}

/** Every cell of the report's format, in the order of the official tables (blank cells as null). */
export function openCells(formatId: string, values: ReportValues): OpenCell[] {
  return listCells(formatId as FormatId).map((cell) => openCell(cell, values));
}
