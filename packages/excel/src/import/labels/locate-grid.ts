import { gridCellCode, printStyleOf } from '@nianbao/rules';
import type { ColumnDef, FormatId, GridDef, RowDef } from '@nianbao/rules';
import type { Worksheet } from 'exceljs';
import { labelTargets } from './label-targets';
import type { LabelIndex } from './label-targets';
import type { TextCell } from './text-cells';

export interface LocatedValue {
  sheet: Worksheet;
  row: number;
  col: number;
}

export interface GridLocation {
  values: Map<string, LocatedValue>;
  missingRows: RowDef[];
  missingColumns: ColumnDef[];
  /** Sheet the grid was found on, for messages about what is missing. */
  sheet: Worksheet | null;
}

const isBelow = (cell: TextCell, anchor: TextCell) => cell.sheet === anchor.sheet && cell.row > anchor.row;

/**
 * Rows are looked up in order, each after the previous one, so repeated labels (the legacy table's
 * “（二）被依法纠错数” under both 复议 and 诉讼) land on the right row, and inserted or deleted rows do not matter.
 */
function locateRows(grid: GridDef, index: LabelIndex): Map<RowDef, TextCell> {
  const found = new Map<RowDef, TextCell>();
  let previous: TextCell | undefined;
  for (const row of grid.rows) {
    if (row.isHeading) continue;
    const after = previous;
    const match = index.best(labelTargets(row.label, row.aliases), (cell) => !after || isBelow(cell, after));
    if (match) {
      found.set(row, match);
      previous = match;
    }
  }
  return found;
}

/** The header of a column: the matching cell right of the row labels and closest above the first row. */
function locateColumnHeader(
  column: ColumnDef,
  index: LabelIndex,
  rowLabels: TextCell[],
): TextCell | undefined {
  const first = rowLabels[0];
  const labelEdge = Math.max(...rowLabels.map((cell) => cell.col));
  const above = index.all(
    labelTargets(column.label, column.aliases),
    (cell) => cell.sheet === first.sheet && cell.row < first.row && cell.col > labelEdge,
  );
  return above.at(-1);
}

/**
 * A one-column table whose header was retitled (“2018年”, “数量” instead of 统计数): the first column right of the
 * labels where most rows hold a number.
 */
function onlyNumberColumn(rowLabels: TextCell[]): number | undefined {
  const sheet = rowLabels[0].sheet;
  const labelEdge = Math.max(...rowLabels.map((cell) => cell.col));
  for (let col = labelEdge + 1; col <= labelEdge + 4; col++) {
    const numbers = rowLabels.filter((label) => {
      const value = sheet.getCell(label.row, col).value;
      return typeof value === 'number' || (typeof value === 'string' && /^\s*[\d０-９]/.test(value));
    });
    if (numbers.length * 2 > rowLabels.length) return col;
  }
  return undefined;
}

function locateVertical(formatId: FormatId, grid: GridDef, index: LabelIndex): GridLocation {
  const rows = locateRows(grid, index);
  const result: GridLocation = { values: new Map(), missingRows: [], missingColumns: [], sheet: null };
  result.missingRows = grid.rows.filter((row) => !row.isHeading && !rows.has(row));
  const rowLabels = [...rows.values()];
  if (rowLabels.length === 0) {
    result.missingColumns = [...grid.columns];
    return result;
  }
  result.sheet = rowLabels[0].sheet;
  for (const column of grid.columns) {
    const headerColumn =
      locateColumnHeader(column, index, rowLabels)?.col ??
      (grid.columns.length === 1 ? onlyNumberColumn(rowLabels) : undefined);
    if (headerColumn === undefined) {
      result.missingColumns.push(column);
      continue;
    }
    for (const [row, label] of rows) {
      const code = gridCellCode(formatId, grid, row.code, column.code) as string;
      result.values.set(code, { sheet: label.sheet, row: label.row, col: headerColumn });
    }
  }
  return result;
}

/**
 * Table C: each row (行政复议, 未经复议直接起诉, 复议后起诉) heads a block of outcome columns with one value row
 * under them. A table drawn the other way round (the three as row labels) is read as an ordinary grid.
 */
function locateHorizontal(formatId: FormatId, grid: GridDef, index: LabelIndex): GridLocation {
  const blocks = grid.rows
    .filter((row) => !row.isHeading)
    .map((row) => ({ row, label: index.best(labelTargets(row.label, row.aliases)) }));
  const result: GridLocation = { values: new Map(), missingRows: [], missingColumns: [], sheet: null };
  const labels = blocks.map((block) => block.label).filter((label): label is TextCell => label !== undefined);
  if (labels.length === 0) return { ...result, missingRows: blocks.map((block) => block.row) };
  result.sheet = labels[0].sheet;
  const isVertical = labels.length > 1 && labels.every((label) => label.col === labels[0].col);
  if (isVertical) return locateVertical(formatId, grid, index);
  const missingColumns = new Set<ColumnDef>();
  const headers = new Map<string, TextCell>();
  for (const { row, label } of blocks) {
    if (!label) {
      result.missingRows.push(row);
      continue;
    }
    const blockEnd = Math.min(
      ...labels
        .filter((other) => other.sheet === label.sheet && other.col > label.col)
        .map((other) => other.col),
    );
    for (const column of grid.columns) {
      const targets = labelTargets(column.label, column.aliases);
      const [header] = index.all(
        targets,
        (cell) => isBelow(cell, label) && cell.col >= label.col && cell.col < blockEnd,
      );
      if (!header) {
        missingColumns.add(column);
        continue;
      }
      const code = gridCellCode(formatId, grid, row.code, column.code) as string;
      headers.set(code, header);
    }
  }
  // A column label may be merged down over two header rows (行政复议's, beside 行政诉讼 › 未经复议直接起诉): the values
  // sit in the one row under the deepest label.
  const valueRow = Math.max(...[...headers.values()].map((header) => header.row)) + 1;
  for (const [code, header] of headers)
    result.values.set(code, { sheet: header.sheet, row: valueRow, col: header.col });
  result.missingColumns = [...missingColumns];
  return result;
}

/** Finds where each value cell of a grid sits in a user-built workbook, by the grid's row and column labels. */
export function locateGrid(formatId: FormatId, grid: GridDef, index: LabelIndex): GridLocation {
  return printStyleOf(grid) === 'oneRow'
    ? locateHorizontal(formatId, grid, index)
    : locateVertical(formatId, grid, index);
}
