import type { LayoutCell, LayoutSection, LayoutTable } from '../layout/layout-types';
import { paragraphXml } from './word-xml';

/** Table text as in the official template: 宋体 10 pt. */
const TABLE_TEXT = { font: '宋体', size: 20 } as const;

interface PlacedCell {
  column: number;
  colSpan: number;
  merge: 'restart' | 'continue' | null;
  cell: LayoutCell | null;
}

function widthOf(widths: number[], column: number, colSpan: number): number {
  return widths.slice(column, column + colSpan).reduce((sum, width) => sum + width, 0);
}

function cellXml(placed: PlacedCell, widths: number[]): string {
  const span = placed.colSpan > 1 ? `<w:gridSpan w:val="${placed.colSpan}"/>` : '';
  const merge =
    placed.merge === 'restart'
      ? '<w:vMerge w:val="restart"/>'
      : placed.merge === 'continue'
        ? '<w:vMerge/>'
        : '';
  const cell = placed.cell;
  const isLeft = cell && (cell.role === 'caption' || (cell.role === 'row-header' && cell.scope === 'row'));
  const indent = cell?.indent ? '\u3000'.repeat(cell.indent) : '';
  const text = cell ? indent + cell.text : '';
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${widthOf(widths, placed.column, placed.colSpan)}" w:type="dxa"/>${span}${merge}` +
    `<w:vAlign w:val="center"/></w:tcPr>${paragraphXml(text, { ...TABLE_TEXT, align: isLeft ? 'left' : 'center' })}</w:tc>`
  );
}

/** Word has no rowspan: a merged cell restarts a vertical merge and every row below carries a continuing cell. */
function placeRows(table: LayoutTable): { cells: PlacedCell[]; isHeader: boolean }[] {
  const open = new Map<number, { colSpan: number; rowsLeft: number }>();
  return table.rows.map((row) => {
    const placed: PlacedCell[] = [];
    for (const [column, merge] of open) {
      placed.push({ column, colSpan: merge.colSpan, merge: 'continue', cell: null });
      merge.rowsLeft -= 1;
      if (merge.rowsLeft === 0) open.delete(column);
    }
    for (const cell of row.cells) {
      const isMerged = cell.rowSpan > 1;
      placed.push({ column: cell.column, colSpan: cell.colSpan, merge: isMerged ? 'restart' : null, cell });
      if (isMerged) open.set(cell.column, { colSpan: cell.colSpan, rowsLeft: cell.rowSpan - 1 });
    }
    return { cells: placed.sort((a, b) => a.column - b.column), isHeader: row.isHeader };
  });
}

function captionRow(caption: string, widths: number[]): string {
  const cell: LayoutCell = { text: caption, role: 'caption', column: 0, colSpan: widths.length, rowSpan: 1 };
  return `<w:tr>${cellXml({ column: 0, colSpan: widths.length, merge: null, cell }, widths)}</w:tr>`;
}

/**
 * A table section as one Word table, like the official template: the grids of table A one below the other under
 * their 第二十条第（…）项 caption rows, fixed column widths, header rows repeated on each page.
 */
export function sectionTableXml(section: LayoutSection): string {
  const widths = section.columnWidths;
  const total = widths.reduce((sum, width) => sum + width, 0);
  const border = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
  const properties =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} ${border}/>`)
      .join('') +
    '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/>' +
    '<w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const hasOneGrid = section.tables.length === 1;
  const rows = section.tables.flatMap((table) => [
    ...(table.caption ? [captionRow(table.caption, widths)] : []),
    ...placeRows(table).map(({ cells, isHeader }) => {
      const repeat =
        isHeader && hasOneGrid
          ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
          : '<w:trPr><w:cantSplit/></w:trPr>';
      return `<w:tr>${repeat}${cells.map((cell) => cellXml(cell, widths)).join('')}</w:tr>`;
    }),
  ]);
  return `<w:tbl>${properties}${grid}${rows.join('')}</w:tbl>`;
}
