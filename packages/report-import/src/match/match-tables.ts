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
/** A cell holding nothing but a row number (`2`, `2.`, `2、`). */
const NUMBERING_ONLY = /^(\d+)[.、．]?$/;
const LEADING_NUMBER = /^(\d+)\./;
/** A printed column header shorter than this (`数量`, `总计`) is too common to place a row by. */
const MIN_HEADER_KEY_LENGTH = 4;

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

  /**
   * The next row's label split after its numbering (`2` or `2.` on a line of its own, then `其他法律…`, or the copy
   * cut there): one number more than the row has columns (two or more), the extra one that numbering, and no value
   * after it. It starts the next row.
   */
  const withoutNextNumbering = (target: RowTarget, run: StreamCell[]): StreamCell[] => {
    const columnCount = target.grid.columns.length;
    if (columnCount < 2 || run.length !== columnCount + 1) return run;
    if (!run.every((cell) => cell.isValue && !isBlankText(cell.text))) return run;
    const last = run[run.length - 1];
    const printed = NUMBERING_ONLY.exec(last.text.trim());
    const next = target.grid.rows[target.rowIndex + 1];
    const expected = next ? LEADING_NUMBER.exec(normalizeLabel(next.label)) : null;
    if (!printed || !expected || Number(printed[1]) !== Number(expected[1])) return run;
    const after = cells[cells.indexOf(last) + 1];
    return after === undefined || !after.isValue ? run.slice(0, -1) : run;
  };

  for (let position = 0; position < cells.length; position++) {
    const anchor = findAnchor(position);
    if (!anchor) continue;
    const { target, end } = anchor;
    let run = readRun(end);
    if (run.length === 0 && !target.row.isHeading && !cells[end].isFromText) run = readNextRow(end);
    if (!target.row.isHeading) run = withoutNextNumbering(target, run);
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

  /** Every row in template order, table after table: a grid's first row follows the last row of the grid before. */
  const templateOrder = index.rowGrids.flatMap((grid) => grid.rows);

  /**
   * Stream positions strictly between the rows printed above and below `row` in template order: where the template
   * puts that row. Null unless a row above it was read.
   */
  const windowOf = (row: RowDef): [number, number] | null => {
    const order = templateOrder.indexOf(row);
    const above = templateOrder
      .slice(0, order)
      .reverse()
      .find((other) => anchorAt.has(other));
    if (!above) return null;
    const start = anchorAt.get(above)!;
    const below = templateOrder.slice(order + 1).find((other) => anchorAt.has(other));
    const later = [...anchorAt.values()].filter((position) => position > start);
    const end = below ? anchorAt.get(below)! : later.length > 0 ? Math.min(...later) : cells.length;
    return end > start ? [start, end] : null;
  };

  /**
   * A row whose printed label the lookup did not know — a typo, a word dropped, other punctuation — is read when its
   * label is near the template's and it stands where the template puts it, between the rows around it.
   */
  const readNearLabel = (grid: GridDef, row: RowDef): boolean => {
    const window = windowOf(row);
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
    for (const row of grid.rows) {
      if (!row.isHeading && !matchedRows.has(row)) readNearLabel(grid, row);
    }
  }

  /** A grid's column header as printed (`现行有效件数`, `本年收费金额单位:万元`): the words of one of its columns. */
  const isColumnHeader = (grid: GridDef, cell: StreamCell): boolean => {
    const printedKey = labelKey(cell.label);
    return (
      printedKey.length >= MIN_HEADER_KEY_LENGTH &&
      grid.columns.some((column) => {
        const columnKey = labelKey(normalizeLabel(column.label));
        return columnKey.startsWith(printedKey) || printedKey.startsWith(columnKey);
      })
    );
  };

  /**
   * A row printed with an empty label (a blank line, an empty cell): its values stand where the template puts the
   * row, right before the next row's label. Read only when nothing else can claim them:
   * - running text: the grid's first row, its values directly after the grid's column header, exactly one per
   *   column;
   * - a table: one printed row of its own between the row above (or the header) and the row below, holding after
   *   its empty label cells exactly one value per column, the first one filled.
   * The label-variant note says the row was read by its position.
   */
  const readUnlabelledRow = (grid: GridDef, row: RowDef, rowIndex: number): void => {
    const below = grid.rows[rowIndex + 1];
    const belowAt = below ? anchorAt.get(below) : undefined;
    if (belowAt === undefined) return;
    let start = belowAt;
    while (start > 0 && cells[start - 1].isValue) start--;
    if (start === 0 || start === belowAt) return;
    const before = cells[start - 1];
    const isFirstRow = !grid.rows.slice(0, rowIndex).some((other) => !other.isHeading);
    const followsHeader = isFirstRow && !isLabel(before) && isColumnHeader(grid, before);
    const above = grid.rows[rowIndex - 1];
    const aboveAt = above ? anchorAt.get(above) : undefined;
    const followsAbove = aboveAt !== undefined && cells[aboveAt].rowId === before.rowId;
    let run: StreamCell[];
    if (before.isFromText) {
      if (!followsHeader) return;
      run = cells.slice(start, belowAt);
    } else {
      if (!followsHeader && !followsAbove) return;
      // One printed row of its own, between the row above (or the header) and the row below.
      const belowRowId = cells[belowAt].rowId;
      const between = cells.slice(start, belowAt);
      // Empty cells that open the row below (a merged first column) are its own.
      if (between.some((cell) => cell.rowId === belowRowId && !isBlankText(cell.text))) return;
      const own = between.filter((cell) => cell.rowId !== before.rowId && cell.rowId !== belowRowId);
      const rowId = own[0]?.rowId;
      if (rowId === undefined || own.some((cell) => cell.rowId !== rowId)) return;
      // Its label cells are empty (or were left out); a value cell left empty at the start is not told from them.
      run = own.slice(own.findIndex((cell) => !isBlankText(cell.text)));
      while (run.length > grid.columns.length && isBlankText(run[run.length - 1].text)) run.pop();
    }
    if (run.length !== grid.columns.length || run.every((cell) => isBlankText(cell.text))) return;
    matchedRows.add(row);
    anchorAt.set(row, start);
    assignRow(grid, row, run);
    labelVariants.push({ rowLabel: row.label, printed: '' });
  };

  for (const grid of index.rowGrids) {
    grid.rows.forEach((row, rowIndex) => {
      if (!row.isHeading && !matchedRows.has(row)) readUnlabelledRow(grid, row, rowIndex);
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
