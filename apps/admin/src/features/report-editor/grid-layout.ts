import type { FormatId, GridLayout, LayoutCell } from '@nianbao/rules';
import { getFormat, layoutGrid } from '@nianbao/rules';

/** One printed row of a grid: the cells that start on it, left to right. */
export interface PrintedRow {
  cells: LayoutCell[];
}

/** A grid as the official table prints it (the shared geometry of `layoutGrid`), split into header and body rows. */
export interface EditorGrid {
  layout: GridLayout;
  headerRows: PrintedRow[];
  bodyRows: PrintedRow[];
}

export interface SectionLayout {
  code: string;
  title: string;
  shortName: string;
  grids: EditorGrid[];
  /** Editable cell codes row by row across the section's grids: the keyboard moves in this matrix. */
  navigation: string[][];
}

function editorGrid(layout: GridLayout): EditorGrid {
  const rows: PrintedRow[] = Array.from({ length: layout.rowCount }, () => ({ cells: [] }));
  for (const cell of layout.cells) rows[cell.row].cells.push(cell);
  return {
    layout,
    headerRows: rows.slice(0, layout.headerRowCount),
    bodyRows: rows.slice(layout.headerRowCount),
  };
}

const valueCodesOf = (row: PrintedRow) =>
  row.cells.flatMap((cell) => (cell.role === 'value' && cell.cellCode ? [cell.cellCode] : []));

const layoutCache = new Map<FormatId, SectionLayout[]>();

/** The printed layout of every section of a format (computed once per format). */
export function formatLayout(formatId: FormatId): SectionLayout[] {
  let layout = layoutCache.get(formatId);
  if (!layout) {
    layout = getFormat(formatId).sections.map((section) => {
      const grids = section.grids.map((grid) => editorGrid(layoutGrid(formatId, grid)));
      return {
        code: section.code,
        title: section.title,
        shortName: section.shortName,
        grids,
        navigation: grids.flatMap((grid) =>
          grid.bodyRows.map(valueCodesOf).filter((codes) => codes.length > 0),
        ),
      };
    });
    layoutCache.set(formatId, layout);
  }
  return layout;
}

export interface CellPosition {
  section: number;
  row: number;
  column: number;
}

/** Where a cell sits in its section's navigation matrix. */
export function positionOf(formatId: FormatId, code: string): CellPosition | undefined {
  const sections = formatLayout(formatId);
  for (let section = 0; section < sections.length; section += 1) {
    const rows = sections[section].navigation;
    for (let row = 0; row < rows.length; row += 1) {
      const column = rows[row].indexOf(code);
      if (column >= 0) return { section, row, column };
    }
  }
  return undefined;
}
