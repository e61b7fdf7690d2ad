import { findCell } from '../formats/registry';
import type { FormatId } from '../formats/types';
import type { Check } from './checks';

/** One line of plain text per check, for the generated rules document and the CLI's `rules` listing. */
export function describeCheck(formatId: FormatId, check: Check): string | null {
  const label = (code: string) => findCell(formatId, code)?.displayName ?? code;
  const sum = (codes: string[]) => codes.map((code) => `${label(code)}`).join(' + ');
  switch (check.kind) {
    case 'sum':
      return `${label(check.total)} = ${sum(check.parts)}`;
    case 'balance':
      return `${sum(check.left)} = ${sum(check.right)}`;
    case 'atMost':
      return `${sum(check.smaller)} ≤ ${sum(check.larger)}`;
    case 'eachAtMost':
      return `${check.items.map(label).join('、')} 均 ≤ ${label(check.bound)}`;
    case 'equal':
      return `${label(check.left)} = ${label(check.right)}`;
    case 'positiveImplies':
      return `${label(check.when)} > 0 ⇒ ${label(check.then)} > 0`;
    case 'nonNegativeSum':
      return `${sum(check.parts)} ≥ 0`;
    case 'averageAmount':
      return `${label(check.amount)} ÷ ${label(check.count)} ≥ ${check.minAverage} 万元`;
    case 'zeroForLevel':
      return `${check.cells.map(label).join('、')} = 0（区县政府及其部门、乡镇街道）`;
    case 'validChain':
      return `${label(check.valid)} = 上年${label(check.valid)} + ${label(check.made)} − ${label(check.repealed)}`;
    case 'carryOver':
      return `${label(check.cell)} = 上年「${check.previous.row}.${check.previous.column}」`;
    case 'yearOverYear':
      return `${label(check.cell)} 与上年相比变化不超过十倍`;
    case 'valueKind':
    case 'amountUnit':
    case 'notFilled':
    case 'formatForYear':
      return null;
  }
}
