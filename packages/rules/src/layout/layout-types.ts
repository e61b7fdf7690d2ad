import type { GridDef } from '../formats/types';

/** What a printed cell is; each renderer picks its fonts, borders, alignment and markup from it. */
export type LayoutCellRole = 'corner' | 'columnHeader' | 'rowLabel' | 'unit' | 'value';

/** One cell of a printed grid, possibly merged over several rows and columns. 0-based, local to its grid. */
export interface LayoutCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  role: LayoutCellRole;
  text: string;
  /** The value cell's code; absent for label cells. */
  cellCode?: string;
  /** Indentation level of a row label printed in the single label column of the legacy list (0 = outermost). */
  depth?: number;
  /** A header that heads a group of columns or rows (申请人情况, （三）不予公开) rather than one of them. */
  isGroup?: boolean;
}

/**
 * How the official table prints a grid. `list`: the legacy 统计表, one 统计指标 column indented by level, then 单位.
 * `nested`: the 2019/2021 tables, group headings as tall merged cells left of their items. `oneRow`: Table C, one row
 * of three five-column blocks (行政复议 | 行政诉讼 › 未经复议直接起诉, 复议后起诉).
 */
export type PrintStyle = 'list' | 'nested' | 'oneRow';

/** A grid as the official table prints it: header rows on top, label columns on the left, values in the rest. */
export interface GridLayout {
  grid: GridDef;
  style: PrintStyle;
  rowCount: number;
  columnCount: number;
  headerRowCount: number;
  /** Columns left of the values (row labels, and 单位 in the legacy list). */
  labelColumnCount: number;
  /** Every position of the rows × columns is covered by exactly one cell; sorted by row, then column. */
  cells: LayoutCell[];
}
