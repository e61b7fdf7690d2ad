import { layoutGrid } from '@nianbao/rules';
import type { FormatId, GridLayout, SectionDef } from '@nianbao/rules';
import { placeGrid } from './grid-layout';
import type { LabelCell, SectionLayout, ValueSlot } from './layout-types';

/** Column widths (Excel character units) per print style, chosen so the official labels wrap like the printed table. */
const LABEL_WIDTHS: Record<string, number[]> = {
  list: [58, 7],
  nested1: [26],
  nested3: [7, 9, 40],
  oneRow: [],
};
const VALUE_WIDTH: Record<string, number> = { list: 14, nested1: 16, nested3: 10, oneRow: 9 };

function widthKey(layout: GridLayout): string {
  return layout.style === 'nested' ? `nested${layout.labelColumnCount}` : layout.style;
}

/** Display width of a text in Excel character units: CJK characters count double. */
function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += /[\u2e80-\uffff]/.test(char) ? 2 : 1.1;
  return units;
}

const LINE_HEIGHT = 15;
/** Table rows a little taller than Excel's default 14.25 pt, as in the printed forms. */
const MIN_ROW_HEIGHT = 20;

function noteRowHeights(labels: LabelCell[], columnWidths: number[], heights: Map<number, number>): void {
  for (const cell of labels) {
    if (cell.rowSpan !== 1 || cell.role === 'title') continue;
    const width = columnWidths
      .slice(cell.col - 1, cell.col - 1 + cell.colSpan)
      .reduce((sum, w) => sum + w, 0);
    const lines = Math.ceil(textUnits(cell.text) / Math.max(width - 1, 1));
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? MIN_ROW_HEIGHT, lines * LINE_HEIGHT + 4));
  }
}

/**
 * Lays out one section from `firstRow`: a title row, two information rows (填报单位, 报告年度 — written by the caller)
 * and the section's grids one below the other, separated by a blank row.
 */
export function layoutSection(formatId: FormatId, section: SectionDef, firstRow: number): SectionLayout {
  const layouts = section.grids.map((grid) => layoutGrid(formatId, grid));
  const width = Math.max(...layouts.map((layout) => layout.columnCount));
  const key = widthKey(layouts[0]);
  const labelWidths = LABEL_WIDTHS[key];
  const columnWidths = Array.from({ length: width }, (_, index) => labelWidths[index] ?? VALUE_WIDTH[key]);
  const labels: LabelCell[] = [
    { row: firstRow, col: 1, rowSpan: 1, colSpan: width, text: section.title, role: 'title' },
  ];
  const values: ValueSlot[] = [];
  let top = firstRow + 3;
  let headerRows: SectionLayout['headerRows'];
  for (const layout of layouts) {
    if (layout.grid.caption) {
      labels.push({
        row: top,
        col: 1,
        rowSpan: 1,
        colSpan: width,
        text: layout.grid.caption,
        role: 'caption',
      });
      top++;
    }
    const placed = placeGrid(formatId, layout, top, width);
    labels.push(...placed.labels);
    values.push(...placed.values);
    if (section.grids.length === 1) headerRows = placed.headerRows;
    top = placed.lastRow + 2;
  }
  const rowHeights = new Map<number, number>();
  noteRowHeights(labels, columnWidths, rowHeights);
  const labelColumns = layouts[0].labelColumnCount;
  return {
    firstRow,
    lastRow: top - 2,
    width,
    columnWidths,
    labels,
    values,
    headerRows,
    labelColumns,
    infoLabelSpan: labelWidths[0] >= 20 ? 1 : Math.min(Math.max(labelColumns, 3), width - 1),
    isLandscape: width > 6,
    rowHeights,
  };
}
