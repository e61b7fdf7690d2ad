import {
  type FormatId,
  getFormat,
  type GridLayout,
  layoutGrid,
  type ReportValues,
  type SectionDef,
} from '@nianbao/rules';
import type { LayoutCell as GridCell } from '@nianbao/rules';
import { formatValue } from './format-value';
import type { CellRole, LayoutCell, LayoutRow, LayoutSection, LayoutTable } from './layout-types';

/** Width of the official tables in twips (official-2021-template.docx: 9740). */
export const TABLE_WIDTH = 9740;
/** Row-label columns of the official template: one for table A (a quarter), three for table B (≈ half). */
const LABEL_WIDTHS: Record<number, number[]> = { 1: [2435], 3: [754, 921, 3271] };
/** The legacy 统计表: 统计指标 | 单位 | 统计数. */
const LIST_WIDTHS = [6240, 1000, 2500];

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
const lcm = (a: number, b: number) => (a * b) / gcd(a, b);

const ROLES: Record<GridCell['role'], CellRole> = {
  corner: 'corner',
  columnHeader: 'column-header',
  rowLabel: 'row-header',
  unit: 'unit',
  value: 'value',
};

function scopeOf(cell: GridCell): LayoutCell['scope'] {
  if (cell.role === 'corner') return 'col';
  if (cell.role === 'columnHeader') return cell.isGroup ? 'colgroup' : 'col';
  if (cell.role === 'rowLabel') return cell.isGroup ? 'rowgroup' : 'row';
  return undefined;
}

/**
 * One grid as a Word/HTML table on the section's shared column grid: `edge` maps a column boundary of the grid to a
 * boundary of the section's columns, so grids with fewer columns widen theirs.
 */
function printedTable(
  layout: GridLayout,
  values: ReportValues,
  edge: (boundary: number) => number,
): LayoutTable {
  const rows: LayoutRow[] = Array.from({ length: layout.rowCount }, (_, index) => ({
    isHeader: index < layout.headerRowCount,
    cells: [],
  }));
  for (const cell of layout.cells) {
    const column = edge(cell.col);
    const scope = scopeOf(cell);
    rows[cell.row].cells.push({
      text: cell.cellCode ? formatValue(values[cell.cellCode]) : cell.text,
      role: ROLES[cell.role],
      column,
      colSpan: edge(cell.col + cell.colSpan) - column,
      rowSpan: cell.rowSpan,
      ...(scope ? { scope } : {}),
      ...(cell.cellCode ? { code: cell.cellCode } : {}),
      ...(cell.depth ? { indent: cell.depth } : {}),
    });
  }
  return { ...(layout.grid.caption ? { caption: layout.grid.caption } : {}), rows };
}

function spreadWidths(total: number, count: number): number[] {
  const each = Math.floor(total / count);
  return Array.from({ length: count }, (_, index) =>
    index === count - 1 ? total - each * (count - 1) : each,
  );
}

function nestedWidths(labelColumns: number, slots: number): number[] {
  const labels =
    LABEL_WIDTHS[labelColumns] ??
    spreadWidths(
      LABEL_WIDTHS[3].reduce((sum, width) => sum + width, 0),
      labelColumns,
    );
  const labelTotal = labels.reduce((sum, width) => sum + width, 0);
  return [...labels, ...spreadWidths(TABLE_WIDTH - labelTotal, slots)];
}

/**
 * The printed layout of one table section of a format — the shared geometry of `layoutGrid` on the official
 * template's column widths. The .docx and the HTML renderers both print this.
 */
export function layoutSection(formatId: FormatId, section: SectionDef, values: ReportValues): LayoutSection {
  const base = { code: section.code, title: section.title };
  const layouts = section.grids.map((grid) => layoutGrid(formatId, grid));
  const [first] = layouts;
  if (layouts.length === 1 && first.style !== 'nested') {
    const columnWidths = first.style === 'list' ? LIST_WIDTHS : spreadWidths(TABLE_WIDTH, first.columnCount);
    return { ...base, columnWidths, tables: [printedTable(first, values, (boundary) => boundary)] };
  }
  const labelColumns = Math.max(...layouts.map((layout) => layout.labelColumnCount));
  const valueColumns = (layout: GridLayout) => layout.columnCount - layout.labelColumnCount;
  const slots = layouts.map(valueColumns).reduce(lcm, 1);
  return {
    ...base,
    columnWidths: nestedWidths(labelColumns, slots),
    tables: layouts.map((layout) => {
      const span = slots / valueColumns(layout);
      const edge = (boundary: number) =>
        boundary < layout.labelColumnCount
          ? boundary
          : labelColumns + (boundary - layout.labelColumnCount) * span;
      return printedTable(layout, values, edge);
    }),
  };
}

/** Every table section of the format, in print order. */
export function layoutTables(formatId: FormatId, values: ReportValues): LayoutSection[] {
  return getFormat(formatId).sections.map((section) => layoutSection(formatId, section, values));
}
