import type { CellDef } from '@nianbao/rules';

/** What a fixed (non-value) cell is, which decides its font, border and alignment. */
export type LabelRole = 'title' | 'caption' | 'header' | 'rowLabel' | 'unit' | 'info';

/** A text cell of the printed table, possibly merged over several rows/columns. 1-based coordinates. */
export interface LabelCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: LabelRole;
  /** Indentation level for the legacy single-column hierarchy. */
  indent?: number;
}

/** Where the value of one cell code goes. */
export interface ValueSlot {
  cell: CellDef;
  row: number;
  col: number;
  /** Value cells of a grid narrower than the sheet are merged to the right edge. */
  colSpan: number;
}

export interface SectionLayout {
  firstRow: number;
  lastRow: number;
  /** Number of columns the section occupies. */
  width: number;
  columnWidths: number[];
  labels: LabelCell[];
  values: ValueSlot[];
  /** Header rows of the section's only grid, to repeat on every printed page and freeze; absent for several grids. */
  headerRows?: { from: number; to: number };
  /** Columns left of the values, frozen with the header. */
  labelColumns: number;
  isLandscape: boolean;
  /** Columns taken by the 填报单位/报告年度 captions in the two rows under the title; their values fill the rest. */
  infoLabelSpan: number;
  /** Rows whose wrapped labels need more height than the default, with the height in points. */
  rowHeights: Map<number, number>;
}
