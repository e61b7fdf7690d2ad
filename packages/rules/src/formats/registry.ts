import { format2019 } from './format-2019';
import { format2021 } from './format-2021';
import { legacyFormat } from './legacy';
import type { CellDef, FormatDef, FormatId, GridDef, RowDef, SectionDef } from './types';

export const FORMAT_IDS: readonly FormatId[] = ['legacy', '2019', '2021'];

const FORMATS: Record<FormatId, FormatDef> = { legacy: legacyFormat, '2019': format2019, '2021': format2021 };

export function isFormatId(value: unknown): value is FormatId {
  return typeof value === 'string' && (FORMAT_IDS as readonly string[]).includes(value);
}

export function getFormat(id: FormatId): FormatDef {
  return FORMATS[id];
}

/** The format the national rules prescribe for a report year. */
export function formatForYear(reportYear: number): FormatId {
  if (reportYear <= 2018) return 'legacy';
  if (reportYear <= 2020) return '2019';
  return '2021';
}

/**
 * Cell codes drop the parts that carry no information: the section and the column when a format has one table of
 * one value column, the grid when a section has one. So `L.L3_1`, `T21.B.A1.TOT`, `T21.A.20_5.XK.DEC`.
 */
export function cellCode(
  format: FormatDef,
  section: SectionDef,
  grid: GridDef,
  row: RowDef,
  columnCode: string,
): string {
  const parts = [format.prefix];
  if (format.sections.length > 1) parts.push(section.code);
  if (section.grids.length > 1) parts.push(grid.code);
  parts.push(row.code);
  if (format.sections.length > 1) parts.push(columnCode);
  return parts.join('.');
}

function rowLabelPath(grid: GridDef, row: RowDef): string[] {
  const path: string[] = [];
  let current: RowDef | undefined = row;
  while (current) {
    path.unshift(current.label);
    const parentCode: string | undefined = current.parent;
    current = parentCode ? grid.rows.find((candidate) => candidate.code === parentCode) : undefined;
  }
  return path;
}

/** A row label alone can be ambiguous (`1.按时办结数`, `3.其他`): numbered and 其中 rows carry their parent's label. */
function shortRowName(grid: GridDef, row: RowDef): string {
  const parent = row.parent ? grid.rows.find((candidate) => candidate.code === row.parent) : undefined;
  const isAmbiguousAlone = /^(\d|其中|涉及|危及|不是|法律法规)/.test(row.label) || parent?.code === 'SS';
  return parent && isAmbiguousAlone ? `${parent.label} ${row.label}` : row.label;
}

function buildCells(format: FormatDef): CellDef[] {
  const cells: CellDef[] = [];
  for (const section of format.sections) {
    for (const grid of section.grids) {
      for (const row of grid.rows) {
        if (row.isHeading) continue;
        for (const column of grid.columns) {
          const labels = rowLabelPath(grid, row);
          const columnLabelPath = grid.columns.length > 1 ? [...(column.headerPath ?? []), column.label] : [];
          const prefix = grid.caption ? `${grid.caption} ` : '';
          cells.push({
            code: cellCode(format, section, grid, row, column.code),
            formatId: format.id,
            section,
            grid,
            row,
            column,
            kind: column.kind ?? row.kind ?? 'count',
            unit: column.unit ?? row.unit ?? null,
            rowLabelPath: labels,
            columnLabelPath,
            displayName:
              prefix + shortRowName(grid, row) + (columnLabelPath.length ? `·${column.label}` : ''),
          });
        }
      }
    }
  }
  return cells;
}

const cellCache = new Map<FormatId, { list: CellDef[]; byCode: Map<string, CellDef> }>();

function cellIndex(id: FormatId) {
  let index = cellCache.get(id);
  if (!index) {
    const list = buildCells(getFormat(id));
    index = { list, byCode: new Map(list.map((cell) => [cell.code, cell])) };
    cellCache.set(id, index);
  }
  return index;
}

/** Every value cell of a format, in reading order (section, grid, row, column). */
export function listCells(id: FormatId): readonly CellDef[] {
  return cellIndex(id).list;
}

export function findCell(id: FormatId, code: string): CellDef | undefined {
  return cellIndex(id).byCode.get(code);
}

/** The cell code of `rowCode`/`columnCode` in a grid, or undefined when the grid has no such value cell. */
export function gridCellCode(
  id: FormatId,
  grid: GridDef,
  rowCode: string,
  columnCode: string,
): string | undefined {
  const format = getFormat(id);
  const section = format.sections.find((candidate) => candidate.grids.includes(grid));
  const row = grid.rows.find((candidate) => candidate.code === rowCode);
  if (!section || !row || row.isHeading || !grid.columns.some((column) => column.code === columnCode))
    return undefined;
  return cellCode(format, section, grid, row, columnCode);
}
