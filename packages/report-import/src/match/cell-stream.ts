import { normalizeLabel } from '@nianbao/rules';
import type { SourceDocument } from '../sources/source-document';
import { isValueText } from './cell-text';

/** One cell of the document as the matcher sees it. */
export interface StreamCell {
  text: string;
  /** `normalizeLabel(text)`, computed once. */
  label: string;
  /** Cells of one printed row share it; a run of text lines read as a cell stream shares one too. */
  rowId: number;
  /** From running text rather than a table: there, anything that is not a number ends a row's values. */
  isFromText: boolean;
  /** Holds a number or a “not filled” mark, i.e. could be a value cell (computed once; the matcher asks often). */
  isValue: boolean;
}

/** Cell texts repeat across rows and reports ('0', '', '件', the labels): their reading is remembered. */
const readings = new Map<string, { label: string; isValue: boolean }>();
const MEMO_LIMIT = 20_000;

function streamCell(text: string, rowId: number, isFromText: boolean): StreamCell {
  let reading = readings.get(text);
  if (!reading) {
    reading = { label: normalizeLabel(text), isValue: isValueText(text) };
    if (readings.size >= MEMO_LIMIT) readings.clear();
    readings.set(text, reading);
  }
  return { text, rowId, isFromText, ...reading };
}

export function tableCells(document: SourceDocument): StreamCell[] {
  const cells: StreamCell[] = [];
  let rowId = 0;
  for (const block of document.blocks) {
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      rowId++;
      for (const text of row) cells.push(streamCell(text, rowId, false));
    }
  }
  return cells;
}

/** Text lines as a stream of cells, for pages that print the tables one cell per line without table markup. */
export function textLineCells(document: SourceDocument): StreamCell[] {
  const cells: StreamCell[] = [];
  let rowId = 0;
  for (const block of document.blocks) {
    if (block.kind !== 'text') continue;
    rowId++;
    for (const text of block.lines) cells.push(streamCell(text, rowId, true));
  }
  return cells;
}
