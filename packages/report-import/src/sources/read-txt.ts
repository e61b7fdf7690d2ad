import { isValueText } from '../match/cell-text';
import type { SourceBlock, SourceDocument } from './source-document';

/** `\t` at the start of a line marks one table cell (text exported from Word); a lone tab is an empty cell. */
const CELL_LINE = /^[ \u3000]*\t/;
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;
/** A wrapped label longer than this is running text, not the rest of a cell. */
const MAX_CONTINUATION_LENGTH = 60;
/** After a blank line only a short fragment (`公开`, `提供`) is taken as the rest of the previous cell. */
const MAX_DETACHED_CONTINUATION_LENGTH = 12;

/**
 * Scraped pages and Markdown print table rows with pipes: `| 规章 | 0 | 0 | 0 |` or `规章 | 0 | 0 | 0 |`; some print
 * one cell per line (`规章 |`, a lone `|` for an empty cell) with pipe-only lines (`|||`) between rows.
 */
const PIPE = /[|｜]/;
const PIPES_ONLY = /^[\s|｜:-]+$/;
const CELL_THEN_PIPE = /^[^|｜]*[|｜]\s*$/;
const PIPE_FRAMED = /^\s*[|｜]|[|｜]\s*$/;
const LONE_PIPE = /^\s*[|｜]\s*$/;
/** `8 | |||`: one cell, then the pipes that end its row (a cell-per-line page printing a row's last cell). */
const CELL_THEN_ROW_END = /^[^|｜]+[|｜][\s|｜]*[|｜]\s*$/;

type LineKind = 'cell' | 'tabRow' | 'pipeRow' | 'blank' | 'text';

function classify(line: string): LineKind {
  if (CELL_LINE.test(line)) return line.replace(CELL_LINE, '').includes('\t') ? 'tabRow' : 'cell';
  if (line.includes('\t')) return 'tabRow';
  if (PIPE.test(line)) {
    // A lone pipe is an empty cell; two or more with nothing else end a row (or underline a Markdown header).
    if (PIPES_ONLY.test(line)) return line.trim() === '|' || line.trim() === '｜' ? 'cell' : 'blank';
    if (CELL_THEN_PIPE.test(line)) return 'cell';
    // A row is framed by a pipe; `栏目：政务公开 | 政策解读 | 互动交流` is a sentence.
    if (PIPE_FRAMED.test(line)) return 'pipeRow';
  }
  return line.trim() === '' ? 'blank' : 'text';
}

/** The text of a one-cell line: tab-indented, or followed by its pipe. */
function cellText(line: string): string {
  return CELL_LINE.test(line) ? line.replace(CELL_LINE, '') : line.trim().slice(0, -1).trim();
}

function startsNextRow(row: string[], text: string): boolean {
  const last = row[row.length - 1];
  return last !== undefined && last.trim() !== '' && isValueText(last) && !isValueText(text);
}

/** The cells between the outer pipes; `| a | |||` gives `a` and three empty cells, as the page printed them. */
function pipeCells(line: string): string[] {
  const cells = line.trim().split(PIPE);
  if (cells[0].trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.map((cell) => cell.trim());
}

/**
 * Reads a plain-text report. Four table shapes occur: one cell per tab-indented line with blank lines between rows
 * (Word's text export, the seeds), tab-separated rows (copied from a table), pipe-separated rows (scraped pages,
 * Markdown), and no separators at all (copied from a web page, one cell per line) — the last is left as text lines
 * for the matcher's cell-stream fallback.
 */
export function readTxt(text: string): SourceDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const kinds = lines.map(classify);
  const blocks: SourceBlock[] = [];
  let textLines: string[] = [];
  let rows: string[][] | null = null;
  let openRow: string[] | null = null;
  let lastCellLine = -1;
  /** The last line whose pipes closed its row (`8 | |||`). */
  let rowClosedAt = -1;

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
    if (!rows || trimmed.length > MAX_CONTINUATION_LENGTH || lastCellLine === rowClosedAt) return false;
    // `一、本年新收…` between the lone pipes of a cell-per-line table is a row label; anywhere else, a heading.
    const isBetweenPipes = index - 1 === lastCellLine && LONE_PIPE.test(lines[index + 1] ?? '');
    if (SECTION_HEADING.test(trimmed) && !isBetweenPipes) return false;
    let next = index + 1;
    while (next < lines.length && kinds[next] === 'blank') next++;
    if (next >= lines.length || kinds[next] !== 'cell') return false;
    const gap = index - lastCellLine - 1;
    if (gap === 0) return true;
    return gap === 1 && next === index + 1 && trimmed.length <= MAX_DETACHED_CONTINUATION_LENGTH;
  };

  /** Follows a filled one-cell line (`0 |`) of a pipe-printed cell-per-line table: the row is still open. */
  const isInPipeCellRow = (index: number): boolean =>
    openRow !== null &&
    index > 0 &&
    lastCellLine === index - 1 &&
    kinds[index - 1] === 'cell' &&
    !CELL_LINE.test(lines[index - 1]) &&
    !LONE_PIPE.test(lines[index - 1]);

  /**
   * A value cell of a pipe-printed cell-per-line row that lost its own pipe (`8 | |||` ending the row, or a bare `0`
   * where the copy was cut after the number): still the row's next cell. Labels and captions printed that way
   * are left as they are.
   */
  const rowValueOf = (index: number): string | null => {
    if (!isInPipeCellRow(index)) return null;
    const line = lines[index];
    const cells =
      kinds[index] === 'pipeRow' && CELL_THEN_ROW_END.test(line)
        ? pipeCells(line)
        : kinds[index] === 'text'
          ? [line.trim()]
          : null;
    return cells && cells[0] !== '' && isValueText(cells[0]) ? cells[0] : null;
  };

  lines.forEach((line, index) => {
    const rowValue = rowValueOf(index);
    if (rowValue !== null && openRow) {
      openRow.push(rowValue);
      lastCellLine = index;
      // The pipes after the value end its row: they are no empty cells, and nothing after them continues the cell.
      if (kinds[index] === 'pipeRow') {
        openRow = null;
        rowClosedAt = index;
      }
      return;
    }
    switch (kinds[index]) {
      case 'cell': {
        const table = tableRows();
        const text = cellText(line);
        // One-cell-per-line pages often print no separator between rows: a label after values starts the next row.
        if (openRow && !CELL_LINE.test(line) && startsNextRow(openRow, text)) openRow = null;
        if (!openRow) {
          openRow = [];
          table.push(openRow);
        }
        openRow.push(text);
        lastCellLine = index;
        break;
      }
      case 'tabRow':
        tableRows().push(line.replace(CELL_LINE, '').split('\t'));
        openRow = null;
        lastCellLine = index;
        break;
      case 'pipeRow':
        tableRows().push(pipeCells(line));
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
