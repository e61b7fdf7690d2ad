import { findCell, listCells } from '@nianbao/rules';
import type { FormatId, ReportValues } from '@nianbao/rules';
import { ReportException } from './reports.exception';

const cellCodesByFormat = new Map<FormatId, ReadonlySet<string>>();

function cellCodes(formatId: FormatId): ReadonlySet<string> {
  let codes = cellCodesByFormat.get(formatId);
  if (!codes) {
    codes = new Set(listCells(formatId).map((cell) => cell.code));
    cellCodesByFormat.set(formatId, codes);
  }
  return codes;
}

/** Values as sent by a client, checked against the campaign's format: known cells, numbers or null. */
export function checkedValues(formatId: FormatId, values: Record<string, unknown>): ReportValues {
  const known = cellCodes(formatId);
  const unknown = Object.keys(values).filter((code) => !known.has(code));
  if (unknown.length > 0) throw ReportException.unknownCells(unknown);
  const invalid = Object.entries(values)
    .filter(([, value]) => value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
    .map(([code]) => ({ code, displayName: findCell(formatId, code)?.displayName ?? code }));
  if (invalid.length > 0) throw ReportException.invalidValues(invalid);
  return values as ReportValues;
}

/** Explanations with blank ones dropped. */
export function checkedExplanations(explanations: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(explanations)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
      .map(([key, text]) => [key, text.trim().slice(0, 2000)]),
  );
}
