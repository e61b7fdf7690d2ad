import { cellCode, getFormat, listCells } from '../formats/registry';
import type { CellDef, FormatDef, FormatId, GridDef, RowDef, SectionDef } from '../formats/types';

export interface GridContext {
  format: FormatDef;
  section: SectionDef;
  grid: GridDef;
}

export function gridsOf(formatId: FormatId): GridContext[] {
  const format = getFormat(formatId);
  return format.sections.flatMap((section) => section.grids.map((grid) => ({ format, section, grid })));
}

export function codeOf(context: GridContext, rowCode: string, columnCode: string): string {
  const row = context.grid.rows.find((candidate) => candidate.code === rowCode);
  if (!row) throw new Error(`Unknown row ${rowCode} in grid ${context.grid.code}`);
  return cellCode(context.format, context.section, context.grid, row, columnCode);
}

export function valueRows(grid: GridDef): RowDef[] {
  return grid.rows.filter((row) => !row.isHeading);
}

/** Cell code by `<section>.<grid>.<row>.<column>`-free lookup: the cell of a format with this row and column code. */
export function cellByRowAndColumn(
  formatId: FormatId,
  sectionCode: string,
  rowCode: string,
  columnCode: string,
) {
  return listCells(formatId).find(
    (cell) =>
      cell.section.code === sectionCode && cell.row.code === rowCode && cell.column.code === columnCode,
  );
}

export function describeParts(cells: (CellDef | undefined)[]): string {
  const names = cells.map((cell) => `「${cell?.displayName ?? '?'}」`);
  if (names.length <= 4) return names.join(' + ');
  return `${names[0]} 至 ${names[names.length - 1]} 共 ${names.length} 项之和`;
}
