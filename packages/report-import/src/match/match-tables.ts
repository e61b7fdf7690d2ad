import {
  isNearLabel,
  labelKey,
  listCells,
  normalizeLabel,
  parseCellText,
  stripNumbering,
} from '@nianbao/rules';
import type { FormatId, GridDef, ReportValues, RowDef } from '@nianbao/rules';
import type { LabelVariant, UnreadableCell } from '../imported-report';
import type { StreamCell } from './cell-stream';
import {
  collapseSpannedCells,
  cutAtTrailingWords,
  isBlankText,
  isNumberText,
  trimToColumnCount,
} from './cell-text';
import { readOneRowTable } from './read-one-row-table';
import type { RowTarget } from './template-index';
import { cellFor, lookupRow, templateIndex } from './template-index';

export interface MatchResult {
  values: ReportValues;
  unreadable: UnreadableCell[];
  labelVariants: LabelVariant[];
}

/** The legacy table's 单位 column (and `——` on heading rows) printed between a label and its value. */
const UNIT = /^(条|件|次|篇|个|人|人次|万元|元|项|份|起|家|-+)$/;
/** A bracketed note printed in a cell of its own under a label, e.g. （不同方式回应同一热点或舆情计1次）. */
const NOTE = /^\(.*\)$/;
/** How far a numbered, ambiguous label (`3.其他`) may follow the last row read in its table. */
const AMBIGUOUS_ROW_REACH = 3;
/** A label wrapped over at most this many cells of one row (or lines of text) is joined back. */
const MAX_LABEL_PIECES = 3;
const CATCH_ALL_LABEL = '其他';

/**
 * Maps document cells onto the format's grids. Anchors on row labels (unique leaf labels, normalised, with
 * numbering variants and notes tolerated) and reads the cells that follow the label in its printed row. Cells it
 * cannot read are reported in `unreadable`, never guessed.
 */
export function matchTables(cells: StreamCell[], formatId: FormatId): MatchResult {
  const index = templateIndex(formatId);
  const values: ReportValues = Object.fromEntries(listCells(formatId).map((cell) => [cell.code, null]));
  const unreadable: UnreadableCell[] = [];
  const matchedRows = new Set<RowDef>();
  const labelsWithoutValues = new Map<RowDef, string>();
  const lastRowRead = new Map<GridDef, number>();
  /** Where each matched row's label stands in the stream. */
  const anchorAt = new Map<RowDef, number>();
  const labelVariants: LabelVariant[] = [];

  const isAcceptable = (target: RowTarget, label: string): boolean => {
    if (matchedRows.has(target.row)) return false;
    if (!target.isAmbiguous) return true;
    const last = lastRowRead.get(target.grid) ?? -1;
    const hasNumbering = stripNumbering(label) !== label;
    return hasNumbering && last < target.rowIndex && last >= target.rowIndex - AMBIGUOUS_ROW_REACH;
  };
  /** Repeated labels (legacy （二）被依法纠错数 under both 复议 and 诉讼) go to the first such row after the last one read. */
  const choose = (label: string): RowTarget | undefined => {
    const targets = lookupRow(index, label).filter((target) => isAcceptable(target, label));
    return targets.find((target) => target.rowIndex > (lastRowRead.get(target.grid) ?? -1)) ?? targets[0];
  };
  const isLabel = (cell: StreamCell) => lookupRow(index, cell.label).length > 0;

  const findAnchor = (position: number): { target: RowTarget; end: number } | null => {
    const cell = cells[position];
    if (!cell.label || cell.isValue) return null;
    const target = choose(cell.label);
    if (target) return { target, end: position };
    let joined = cell.label;
    for (let next = position + 1; next < Math.min(cells.length, position + MAX_LABEL_PIECES); next++) {
      const piece = cells[next];
      if (piece.rowId !== cell.rowId || !piece.label || piece.isValue) break;
      joined += piece.label;
      const joinedTarget = choose(joined);
      if (joinedTarget) return { target: joinedTarget, end: next };
    }
    return null;
  };

  /** The cells after a label in its row: up to the next label, or in running text up to the first non-number. */
  const readRun = (end: number): StreamCell[] => {
    const { rowId, isFromText } = cells[end];
    const run: StreamCell[] = [];
    for (let position = end + 1; position < cells.length; position++) {
      const cell = cells[position];
      if (cell.rowId !== rowId) break;
      const { isValue } = cell;
      if (run.length === 0 && !isValue && NOTE.test(cell.label)) continue;
      if (run.length === 0 && !isValue && UNIT.test(cell.label)) {
        run.push(cell);
        continue;
      }
      if (!isValue && (isFromText || isLabel(cell))) break;
      run.push(cell);
    }
    return run;
  };

  /** A label whose values were pushed onto the next printed row, which then holds nothing but values. */
  const readNextRow = (end: number): StreamCell[] => {
    let start = end + 1;
    while (start < cells.length && cells[start].rowId === cells[end].rowId) start++;
    const nextCells: StreamCell[] = [];
    for (
      let position = start;
      position < cells.length && cells[position].rowId === cells[start].rowId;
      position++
    ) {
      nextCells.push(cells[position]);
    }
    const isValueRow =
      nextCells.every((cell) => cell.isValue) && nextCells.some((cell) => !isBlankText(cell.text));
    return isValueRow ? nextCells : [];
  };

  const markRow = (grid: GridDef, row: RowDef, raw: string, reason: string) => {
    for (const column of grid.columns) {
      const cell = cellFor(index, grid, row.code, column.code);
      values[cell.code] = null;
      unreadable.push({ code: cell.code, label: cell.displayName, raw, reason });
    }
  };

  const assignRow = (grid: GridDef, row: RowDef, run: StreamCell[]) => {
    const columnCount = grid.columns.length;
    let texts = run.map((cell) => cell.text);
    const hasUnitCell = texts.length > 0 && UNIT.test(normalizeLabel(texts[0])) && !isNumberText(texts[0]);
    if (hasUnitCell && (texts.length > columnCount || columnCount === 1)) {
      texts = texts.slice(1);
      if (texts.length === 0) texts = Array<string>(columnCount).fill('');
    }
    texts = collapseSpannedCells(
      trimToColumnCount(cutAtTrailingWords(texts, columnCount), columnCount),
      columnCount,
    );
    if (texts.length !== columnCount) {
      const reason = `这一行应有 ${columnCount} 个数值，实际读到 ${texts.length} 个，无法对应到各列`;
      markRow(grid, row, texts.join(' | '), reason);
      return;
    }
    grid.columns.forEach((column, position) => {
      const cell = cellFor(index, grid, row.code, column.code);
      const parsed = parseCellText(texts[position], cell.kind);
      values[cell.code] = parsed.value;
      if (parsed.status === 'invalid') {
        unreadable.push({
          code: cell.code,
          label: cell.displayName,
          raw: texts[position].trim(),
          reason: '不是数字',
        });
      }
    });
  };

  /**
   * A group heading printed with numbers: the agency put the whole group on one row (e.g. the 2021 （六）其他处理 as
   * a single row). The numbers go to the catch-all sub-row 其他 when there is one; the other sub-rows are reported.
   */
  const readCollapsedGroup = (grid: GridDef, heading: RowDef, run: StreamCell[]) => {
    if (!run.some((cell) => isNumberText(cell.text))) return;
    const children = grid.rows.filter((row) => row.parent === heading.code && !row.isHeading);
    if (children.length === 0) return;
    children.forEach((child) => matchedRows.add(child));
    const catchAll = children[children.length - 1];
    lastRowRead.set(grid, grid.rows.indexOf(catchAll));
    const hasCatchAll = stripNumbering(normalizeLabel(catchAll.label)) === CATCH_ALL_LABEL;
    const raw = run.map((cell) => cell.text).join(' | ');
    for (const child of hasCatchAll ? children.slice(0, -1) : children) {
      const reason = hasCatchAll
        ? `报告把“${heading.label}”印成一行，合计已记入“${catchAll.label}”，这一项无法单独读出`
        : `报告只印了“${heading.label}”的合计，没有分项数`;
      markRow(grid, child, raw, reason);
    }
    if (hasCatchAll) assignRow(grid, catchAll, run);
  };

  for (let position = 0; position < cells.length; position++) {
    const anchor = findAnchor(position);
    if (!anchor) continue;
    const { target, end } = anchor;
    let run = readRun(end);
    if (run.length === 0 && !target.row.isHeading && !cells[end].isFromText) run = readNextRow(end);
    if (!target.row.isHeading && !run.some((cell) => cell.isValue || UNIT.test(cell.label))) {
      // The label without numbers (a note, a table of contents, a sentence): the row may still come later.
      labelsWithoutValues.set(target.row, run.map((cell) => cell.text.trim()).join(' | '));
      position = end;
      continue;
    }
    matchedRows.add(target.row);
    anchorAt.set(target.row, end);
    lastRowRead.set(target.grid, target.rowIndex);
    if (target.row.isHeading) readCollapsedGroup(target.grid, target.row, run);
    else assignRow(target.grid, target.row, run);
    position = end;
  }

  /**
   * Stream positions strictly between the rows printed above and below `rowIndex` of `grid`: where the template
   * puts that row. Null unless a row above it was read.
   */
  const windowOf = (grid: GridDef, rowIndex: number): [number, number] | null => {
    const above = grid.rows
      .slice(0, rowIndex)
      .reverse()
      .find((row) => anchorAt.has(row));
    if (!above) return null;
    const start = anchorAt.get(above)!;
    const below = grid.rows.slice(rowIndex + 1).find((row) => anchorAt.has(row));
    const later = [...anchorAt.values()].filter((position) => position > start);
    const end = below ? anchorAt.get(below)! : later.length > 0 ? Math.min(...later) : cells.length;
    return end > start ? [start, end] : null;
  };

  /**
   * A row whose printed label the lookup did not know — a typo, a word dropped, other punctuation — is read when its
   * label is near the template's and it stands where the template puts it, between the rows around it.
   */
  const readNearLabel = (grid: GridDef, row: RowDef, rowIndex: number): boolean => {
    const window = windowOf(grid, rowIndex);
    if (!window) return false;
    const templateKeys = [row.label, ...(row.aliases ?? [])].map((label) => labelKey(normalizeLabel(label)));
    const taken = new Set(anchorAt.values());
    for (let position = window[0] + 1; position < window[1]; position++) {
      const cell = cells[position];
      if (!cell.label || cell.isValue || taken.has(position) || isLabel(cell)) continue;
      const printedKey = labelKey(cell.label);
      if (!templateKeys.some((key) => isNearLabel(printedKey, key))) continue;
      let run = readRun(position);
      if (run.length === 0 && !cell.isFromText) run = readNextRow(position);
      if (!run.some((runCell) => runCell.isValue)) continue;
      matchedRows.add(row);
      anchorAt.set(row, position);
      assignRow(grid, row, run);
      labelVariants.push({ rowLabel: row.label, printed: cell.text.trim() });
      return true;
    }
    return false;
  };

  for (const grid of index.rowGrids) {
    grid.rows.forEach((row, rowIndex) => {
      if (!row.isHeading && !matchedRows.has(row)) readNearLabel(grid, row, rowIndex);
    });
  }

  for (const grid of index.rowGrids) {
    for (const row of grid.rows) {
      if (row.isHeading || matchedRows.has(row)) continue;
      const rawWithoutValues = labelsWithoutValues.get(row);
      if (rawWithoutValues === undefined) markRow(grid, row, '', '报告中没有找到这一行');
      else markRow(grid, row, rawWithoutValues, '找到了这一行，但没有读到数值');
    }
  }
  if (index.oneRowGrid) readOneRowTable(cells, index, index.oneRowGrid, values, unreadable);
  return { values, unreadable, labelVariants };
}
