import type { Check } from './checks';

/** The cells of this report a check reads. */
export function checkCells(check: Check): string[] {
  switch (check.kind) {
    case 'sum':
      return [check.total, ...check.parts];
    case 'balance':
      return [...check.left, ...check.right];
    case 'atMost':
      return [...check.smaller, ...check.larger];
    case 'eachAtMost':
      return [...check.items, check.bound];
    case 'equal':
      return [check.left, check.right];
    case 'positiveImplies':
      return [check.when, check.then];
    case 'valueKind':
    case 'amountUnit':
    case 'carryOver':
    case 'yearOverYear':
      return [check.cell];
    case 'averageAmount':
      return [check.amount, check.count];
    case 'zeroForLevel':
    case 'notFilled':
      return check.cells;
    case 'nonNegativeSum':
      return check.parts;
    case 'validChain':
      return [check.valid, check.made, check.repealed];
    case 'formatForYear':
      return [];
  }
}
