import type { LayoutCell, LayoutSection, LayoutTable } from '../layout/layout-types';
import { escapeHtml } from './escape-html';

function cellHtml(cell: LayoutCell): string {
  const spans =
    (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') +
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '');
  const text = escapeHtml(cell.text);
  if (cell.role === 'value') return `<td${spans}${cell.code ? ` data-cell="${cell.code}"` : ''}>${text}</td>`;
  if (cell.role === 'unit') return `<td class="unit"${spans}>${text}</td>`;
  const indent = cell.indent ? ` style="padding-left:${cell.indent + 0.25}em"` : '';
  return `<th scope="${cell.scope ?? 'col'}"${spans}${indent}>${text}</th>`;
}

function tableHtml(table: LayoutTable, sectionCaption: string, widths: number[]): string {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const cols = widths.map((width) => `<col style="width:${((width / total) * 100).toFixed(2)}%">`).join('');
  const rows = (isHeader: boolean) =>
    table.rows
      .filter((row) => row.isHeader === isHeader)
      .map((row) => `<tr>${row.cells.map(cellHtml).join('')}</tr>`)
      .join('\n');
  return [
    '<table>',
    // A grid's own caption (第二十条第（一）项) is printed; the section's name is already its heading, so
    // it is there for screen readers only.
    table.caption
      ? `<caption>${escapeHtml(table.caption)}</caption>`
      : `<caption class="visually-hidden">${escapeHtml(sectionCaption)}</caption>`,
    `<colgroup>${cols}</colgroup>`,
    `<thead>\n${rows(true)}\n</thead>`,
    `<tbody>\n${rows(false)}\n</tbody>`,
    '</table>',
  ].join('\n');
}

/** A table section as real table markup: one `<table>` per grid with its caption, `<th scope>` on every header. */
export function sectionTablesHtml(section: LayoutSection, caption: string): string {
  return section.tables.map((table) => tableHtml(table, caption, section.columnWidths)).join('\n');
}
