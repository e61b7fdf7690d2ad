import type { SourceBlock, SourceDocument } from './source-document';

/** `\t` at the start of a line marks one table cell (text exported from Word); a lone tab is an empty cell. */
const CELL_LINE = /^[ \u3000]*\t/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;
/** A wrapped label longer than this is running text, not the rest of a cell. */
const MAX_CONTINUATION_LENGTH = 60;
/** After a blank line only a short fragment (`公开`, `提供`) is taken as the rest of the previous cell. */
const MAX_DETACHED_CONTINUATION_LENGTH = 12;

type LineKind = 'cell' | 'tabRow' | 'blank' | 'text';

function classify(line: string): LineKind {
  if (CELL_LINE.test(line)) return line.replace(CELL_LINE, '').includes('\t') ? 'tabRow' : 'cell';
  if (line.includes('\t')) return 'tabRow';
  return line.trim() === '' ? 'blank' : 'text';
}

/**
 * Reads a plain-text report. Three table shapes occur: one cell per tab-indented line with blank lines between rows
 * (Word's text export, the seeds), tab-separated rows (copied from a table), and no tabs at all (copied from a web
 * page, one cell per line) — the last is left as text lines for the matcher's cell-stream fallback.
 */
export function readTxt(text: string): SourceDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const kinds = lines.map(classify);
  const blocks: SourceBlock[] = [];
  let textLines: string[] = [];
  let rows: string[][] | null = null;
  let openRow: string[] | null = null;
  let lastCellLine = -1;

  const flushText = () => {
    if (textLines.length > 0) blocks.push({ kind: 'text', lines: textLines });
    textLines = [];
  };
  const closeTable = () => {
    if (rows && rows.length > 0) blocks.push({ kind: 'table', rows });
    rows = null;
    openRow = null;
  };
  const tableRows = (): string[][] => {
    if (!rows) {
      flushText();
      rows = [];
    }
    return rows;
  };

  /** A wrapped label: directly under a cell, or a short fragment after one blank line, with the table going on. */
  const isContinuation = (index: number): boolean => {
    const trimmed = lines[index].trim();
    if (!rows || trimmed.length > MAX_CONTINUATION_LENGTH || SECTION_HEADING.test(trimmed)) return false;
    let next = index + 1;
    while (next < lines.length && kinds[next] === 'blank') next++;
    if (next >= lines.length || kinds[next] !== 'cell') return false;
    const gap = index - lastCellLine - 1;
    if (gap === 0) return true;
    return gap === 1 && next === index + 1 && trimmed.length <= MAX_DETACHED_CONTINUATION_LENGTH;
  };

  lines.forEach((line, index) => {
    switch (kinds[index]) {
      case 'cell': {
        const table = tableRows();
        if (!openRow) {
          openRow = [];
          table.push(openRow);
        }
        openRow.push(line.replace(CELL_LINE, ''));
        lastCellLine = index;
        break;
      }
      case 'tabRow':
        tableRows().push(line.replace(CELL_LINE, '').split('\t'));
        openRow = null;
        lastCellLine = index;
        break;
      case 'blank':
        openRow = null;
        break;
      case 'text': {
        const table: string[][] | null = rows;
        if (table && table.length > 0 && isContinuation(index)) {
          const row = table[table.length - 1];
          row[row.length - 1] += `\n${line.trim()}`;
          openRow = row;
          lastCellLine = index;
        } else {
          closeTable();
          textLines.push(line.trim());
        }
        break;
      }
    }
  });
  closeTable();
  flushText();
  return { source: 'txt', title: null, blocks };
}
