import fc from 'fast-check';
import type { CellDef, ReportValues } from '@nianbao/rules';
import type { TypedValue } from './fill-template';

const FULL_WIDTH: Record<string, string> = { '.': '．', '-': '－' };

function fullWidth(text: string): string {
  return [...text]
    .map((char) => FULL_WIDTH[char] ?? (/\d/.test(char) ? String.fromCharCode(0xff10 + Number(char)) : char))
    .join('');
}

/** The ways people put a number into a cell: as a number, as text (full-width, with a unit), or as a formula. */
export function typedNumber(value: number, cell: CellDef): fc.Arbitrary<TypedValue> {
  const unit = cell.kind === 'amount' ? '万元' : (cell.unit ?? '件');
  return fc.constantFrom<TypedValue>(value, String(value), fullWidth(String(value)), `${value}${unit}`, {
    formula: `${value}+0`,
    result: value,
  });
}

/** The ways people leave a cell not filled. */
export const typedBlank: fc.Arbitrary<TypedValue> = fc.constantFrom<TypedValue>(null, '/', '—', '－', '');

/** Each value typed in a random but equivalent way. */
export function typedValues(
  cells: readonly CellDef[],
  values: ReportValues,
): fc.Arbitrary<Record<string, TypedValue>> {
  const entries: Record<string, fc.Arbitrary<TypedValue>> = {};
  for (const cell of cells) {
    const value = values[cell.code];
    entries[cell.code] = value === null || value === undefined ? typedBlank : typedNumber(value, cell);
  }
  return fc.record(entries);
}
