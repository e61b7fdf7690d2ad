import { gridCellCode } from '../formats/registry';
import type { FormatId, GridDef, RowDef } from '../formats/types';
import { columnHeaders } from './column-headers';
import type { GridLayout, LayoutCell, PrintStyle } from './layout-types';
import { ancestry, dataRowsOf } from './row-tree';

const UNIT_HEADER = '单位';
/** What the legacy list prints in the 单位 and value columns of a heading row. */
const NOT_APPLICABLE = '——';

/** Table C is printed as one row; the legacy 统计表 (the only grid with units) as an indented list. */
export function printStyleOf(grid: GridDef): PrintStyle {
  if (grid.rows.some((row) => row.unit)) return 'list';
  return grid.code === 'C' ? 'oneRow' : 'nested';
}

function cell(
  row: number,
  col: number,
  role: LayoutCell['role'],
  text: string,
  extra?: Partial<LayoutCell>,
): LayoutCell {
  return { row, col, rowSpan: 1, colSpan: 1, role, text, ...extra };
}

function valueCell(formatId: FormatId, grid: GridDef, row: RowDef, columnCode: string, at: [number, number]) {
  const code = gridCellCode(formatId, grid, row.code, columnCode);
  if (!code) throw new Error(`格式 ${formatId} 的表 ${grid.code} 没有单元格 ${row.code}/${columnCode}`);
  return cell(at[0], at[1], 'value', '', { cellCode: code });
}

function listLayout(formatId: FormatId, grid: GridDef): GridLayout {
  const cells: LayoutCell[] = [
    cell(0, 0, 'corner', grid.corner ?? ''),
    cell(0, 1, 'columnHeader', UNIT_HEADER),
    ...columnHeaders(
      grid.columns.map((column) => [column.label]),
      2,
    ),
  ];
  grid.rows.forEach((row, index) => {
    const at = index + 1;
    cells.push(cell(at, 0, 'rowLabel', row.label, { depth: ancestry(grid, row).length - 1 }));
    cells.push(cell(at, 1, 'unit', row.isHeading ? NOT_APPLICABLE : (row.unit ?? '')));
    if (row.isHeading) cells.push(cell(at, 2, 'unit', NOT_APPLICABLE, { colSpan: grid.columns.length }));
    else
      grid.columns.forEach((column, c) =>
        cells.push(valueCell(formatId, grid, row, column.code, [at, 2 + c])),
      );
  });
  return finish(
    grid,
    'list',
    { rowCount: grid.rows.length + 1, headerRowCount: 1, labelColumnCount: 2 },
    cells,
  );
}

function nestedLayout(formatId: FormatId, grid: GridDef): GridLayout {
  const dataRows = dataRowsOf(grid);
  const chains = dataRows.map((row) => ancestry(grid, row));
  const labelColumnCount = Math.max(...chains.map((chain) => chain.length));
  const headers = columnHeaders(
    grid.columns.map((column) => [...(column.headerPath ?? []), column.label]),
    labelColumnCount,
  );
  const headerRowCount = Math.max(...headers.map((header) => header.row + header.rowSpan));
  const cells: LayoutCell[] = [
    cell(0, 0, 'corner', grid.corner ?? '', { rowSpan: headerRowCount, colSpan: labelColumnCount }),
    ...headers,
  ];
  const opened = new Set<RowDef>();
  dataRows.forEach((row, index) => {
    const at = headerRowCount + index;
    const chain = chains[index];
    chain.slice(0, -1).forEach((group, level) => {
      if (opened.has(group)) return;
      opened.add(group);
      const rowSpan = chains.filter((other) => other.includes(group)).length;
      cells.push(cell(at, level, 'rowLabel', group.label, { rowSpan, isGroup: true }));
    });
    const level = chain.length - 1;
    cells.push(cell(at, level, 'rowLabel', row.label, { colSpan: labelColumnCount - level }));
    grid.columns.forEach((column, c) =>
      cells.push(valueCell(formatId, grid, row, column.code, [at, labelColumnCount + c])),
    );
  });
  const rowCount = headerRowCount + dataRows.length;
  return finish(grid, 'nested', { rowCount, headerRowCount, labelColumnCount }, cells);
}

/** Every data row becomes a block of columns under its row labels; the values form a single row. */
function oneRowLayout(formatId: FormatId, grid: GridDef): GridLayout {
  const blocks = dataRowsOf(grid).flatMap((row) => grid.columns.map((column) => ({ row, column })));
  const paths = blocks.map(({ row, column }) => [...ancestry(grid, row).map((r) => r.label), column.label]);
  const headers = columnHeaders(paths, 0);
  const headerRowCount = Math.max(...paths.map((path) => path.length));
  const values = blocks.map(({ row, column }, index) =>
    valueCell(formatId, grid, row, column.code, [headerRowCount, index]),
  );
  const size = { rowCount: headerRowCount + 1, headerRowCount, labelColumnCount: 0 };
  return finish(grid, 'oneRow', size, [...headers, ...values]);
}

function finish(
  grid: GridDef,
  style: PrintStyle,
  size: Pick<GridLayout, 'rowCount' | 'headerRowCount' | 'labelColumnCount'>,
  cells: LayoutCell[],
): GridLayout {
  const columnCount = Math.max(...cells.map((c) => c.col + c.colSpan));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { grid, style, ...size, columnCount, cells };
}

/**
 * A grid of a format as the official table prints it — merged column headers from the header paths, group headings
 * as merged cells left of their items, the legacy list with its 单位 column, Table C as one row — in local 0-based
 * coordinates. Excel, Word/HTML and the editor place and style these cells; none of them re-derives the geometry.
 */
export function layoutGrid(formatId: FormatId, grid: GridDef): GridLayout {
  const style = printStyleOf(grid);
  if (style === 'list') return listLayout(formatId, grid);
  if (style === 'oneRow') return oneRowLayout(formatId, grid);
  return nestedLayout(formatId, grid);
}
