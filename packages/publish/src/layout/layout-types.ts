/** What a cell is for; renderers pick fonts, alignment and `<th scope>` from it. */
export type CellRole = 'caption' | 'corner' | 'column-header' | 'row-header' | 'unit' | 'value';

export interface LayoutCell {
  text: string;
  role: CellRole;
  /** First grid column the cell covers (0-based). */
  column: number;
  colSpan: number;
  rowSpan: number;
  /** For header cells: does it head one column/row or a group of them. */
  scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
  /** Cell code of a value cell. */
  code?: string;
  /** Nesting level of a row label printed in one column (the legacy 统计表 indents by it). */
  indent?: number;
}

export interface LayoutRow {
  isHeader: boolean;
  /** The cells that start in this row, left to right; cells of earlier rows spanning into it are not repeated. */
  cells: LayoutCell[];
}

/** One grid of a format as printed; a section's grids share one column grid, so Word can print them as one table. */
export interface LayoutTable {
  /** e.g. 第二十条第（一）项 */
  caption?: string;
  rows: LayoutRow[];
}

export interface LayoutSection {
  code: string;
  /** e.g. 三、收到和处理政府信息公开申请情况 */
  title: string;
  /** Width of every grid column in twips (1/20 pt), as in the official Word template. */
  columnWidths: number[];
  tables: LayoutTable[];
}
