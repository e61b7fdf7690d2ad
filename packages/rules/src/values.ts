import type { ValueKind } from './formats/types';

/** How a raw cell text was read. `notFilled`: blank, `/`, `—`, `-`, `无` (distinct from 0). */
export type CellTextStatus = 'number' | 'notFilled' | 'invalid';

export interface ParsedCellText {
  status: CellTextStatus;
  value: number | null;
  /** Chinese note when the text needed interpretation (e.g. a unit was converted). */
  note?: string;
}

const NOT_FILLED = new Set([
  '',
  '/',
  '//',
  '\\',
  '-',
  '--',
  '---',
  '无',
  '空',
  '暂无',
  'null',
  'n/a',
  'na',
  '×',
  'x',
]);
const COUNT_UNITS = /(件|条|次|篇|个|人次|人|项|份|起|家)$/;

/**
 * Reads what a person typed into a table cell: full-width digits, thousands separators, `253.2358万`, `38万元`,
 * `5件`, `-100`, `/`. Never guesses: text that is not a number comes back as `invalid`.
 */
export function parseCellText(
  raw: string | number | null | undefined,
  kind: ValueKind = 'count',
): ParsedCellText {
  if (raw === null || raw === undefined) return { status: 'notFilled', value: null };
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { status: 'number', value: raw } : { status: 'invalid', value: null };
  }
  let text = raw
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(/[—–－﹣―]/g, '-')
    .toLowerCase();
  if (NOT_FILLED.has(text) || /^-+$/.test(text)) return { status: 'notFilled', value: null };

  let scale = 1;
  let note: string | undefined;
  if (kind === 'amount') {
    if (/万元?$/.test(text)) text = text.replace(/万元?$/, '');
    else if (/元$/.test(text)) {
      text = text.replace(/元$/, '');
      scale = 1 / 10000;
      note = '金额以“元”填写，已换算为万元';
    }
  } else {
    text = text.replace(COUNT_UNITS, '');
  }
  // 本年增/减 written in words: 增1423 / 减24 / 增加5 / 减少3.
  if (kind === 'signedCount') text = text.replace(/^增加?/, '+').replace(/^减少?/, '-');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { status: 'invalid', value: null };
  const value = Number(text) * scale;
  return note ? { status: 'number', value: roundAmount(value), note } : { status: 'number', value };
}

/** 万元 amounts are compared at 1 元 precision (4 decimals). */
export function roundAmount(value: number): number {
  return Math.round(value * 10000) / 10000;
}
