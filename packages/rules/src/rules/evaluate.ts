import { findCell, formatForYear, getFormat } from '../formats/registry';
import type { FormatId } from '../formats/types';
import type { ReportData, Violation } from '../report';
import type { CellRef, Check } from './checks';
import { NOT_CHECKABLE } from './catalogue';
import type { RuleDef } from './catalogue';
import { checkCells } from './check-cells';
import { cellByRowAndColumn } from './structure';

export interface EvaluationContext {
  report: ReportData;
  previous?: ReportData;
}

const EPSILON = 1e-6;
const MAX_NAMED_CELLS = 6;

type Finding = Omit<Violation, 'ruleId' | 'severity'> & { ruleId?: string; severity?: Violation['severity'] };

function valueOf(report: ReportData, code: string): number | null {
  const value = report.values[code];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function name(formatId: FormatId, code: string): string {
  return `「${findCell(formatId, code)?.displayName ?? code}」`;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10000) / 10000);
}

function sumOf(values: (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function allBlank(values: (number | null)[]): boolean {
  return values.every((value) => value === null);
}

function previousCode(previous: ReportData, ref: CellRef): string | undefined {
  const section = previous.formatId === 'legacy' ? 'T' : ref.section;
  return cellByRowAndColumn(previous.formatId, section, ref.row, ref.column)?.code;
}

const TOTAL_BLANK = 'TOTAL-BLANK';

/** Interprets one check. Blank cells (null) are never silently 0 where that would hide a missing total. */
function evaluate(check: Check, context: EvaluationContext): Finding[] {
  const { report, previous } = context;
  const id = report.formatId;
  const get = (code: string) => valueOf(report, code);
  switch (check.kind) {
    case 'sum': {
      const parts = check.parts.map(get);
      const total = get(check.total);
      if (allBlank(parts)) return [];
      const expected = sumOf(parts);
      if (total === null) {
        return [
          {
            ruleId: TOTAL_BLANK,
            severity: 'SOFT',
            message: `${name(id, check.total)}未填写，但其分项已填写（${check.partsDescription} = ${format(expected)}），应填写 ${format(expected)}`,
            cells: [check.total],
            expected,
            actual: null,
          },
        ];
      }
      if (Math.abs(total - expected) <= EPSILON) return [];
      return [
        {
          message: `${name(id, check.total)}应等于 ${check.partsDescription} = ${format(expected)}，实际填写 ${format(total)}（相差 ${format(total - expected)}）`,
          cells: [check.total, ...check.parts],
          expected,
          actual: total,
        },
      ];
    }
    case 'balance': {
      const left = check.left.map(get);
      const right = check.right.map(get);
      if (allBlank([...left, ...right])) return [];
      const leftSum = sumOf(left);
      const rightSum = sumOf(right);
      if (Math.abs(leftSum - rightSum) <= EPSILON) return [];
      return [
        {
          message: `勾稽关系不成立：${check.left.map((code) => name(id, code)).join(' + ')} = ${format(leftSum)}，应等于 ${check.right.map((code) => name(id, code)).join(' + ')} = ${format(rightSum)}`,
          cells: [...check.left, ...check.right],
          expected: leftSum,
          actual: rightSum,
        },
      ];
    }
    case 'atMost': {
      const smaller = check.smaller.map(get);
      const larger = check.larger.map(get);
      if (allBlank(smaller) || allBlank(larger)) return [];
      const small = sumOf(smaller);
      const large = sumOf(larger);
      if (small <= large + EPSILON) return [];
      const describe = (codes: string[]) => codes.map((code) => name(id, code)).join(' + ');
      return [
        {
          message: `${describe(check.smaller)} = ${format(small)}，不应大于 ${describe(check.larger)} = ${format(large)}`,
          cells: [...check.smaller, ...check.larger],
          expected: large,
          actual: small,
        },
      ];
    }
    case 'eachAtMost': {
      const bound = get(check.bound);
      if (bound === null) return [];
      return check.items
        .filter((code) => (get(code) ?? -Infinity) > bound + EPSILON)
        .map((code) => ({
          message: `${name(id, code)} = ${format(get(code)!)}，不应大于 ${name(id, check.bound)} = ${format(bound)}`,
          cells: [code, check.bound],
          expected: bound,
          actual: get(code),
        }));
    }
    case 'equal': {
      const left = get(check.left);
      const right = get(check.right);
      if (left === null || right === null || Math.abs(left - right) <= EPSILON) return [];
      return [
        {
          message: `${name(id, check.left)} = ${format(left)}，应等于 ${name(id, check.right)} = ${format(right)}`,
          cells: [check.left, check.right],
          expected: right,
          actual: left,
        },
      ];
    }
    case 'positiveImplies': {
      const when = get(check.when);
      const then = get(check.then);
      if (when === null || when <= 0 || (then !== null && then > 0)) return [];
      return [
        {
          message: `${name(id, check.when)} = ${format(when)}，但${name(id, check.then)}为 ${then === null ? '空' : format(then)}`,
          cells: [check.when, check.then],
          actual: then,
        },
      ];
    }
    case 'valueKind': {
      const value = get(check.cell);
      const cell = findCell(id, check.cell);
      if (value === null || !cell) return [];
      if (cell.kind === 'amount') {
        return value >= 0
          ? []
          : [
              {
                message: `${name(id, check.cell)}为金额（万元），不能为负数，实际填写 ${format(value)}`,
                cells: [check.cell],
                actual: value,
              },
            ];
      }
      if (!Number.isInteger(value)) {
        return [
          {
            message: `${name(id, check.cell)}应为整数，实际填写 ${format(value)}`,
            cells: [check.cell],
            actual: value,
          },
        ];
      }
      if (cell.kind === 'count' && value < 0) {
        return [
          {
            message: `${name(id, check.cell)}应为非负整数，实际填写 ${format(value)}`,
            cells: [check.cell],
            actual: value,
          },
        ];
      }
      return [];
    }
    case 'amountUnit': {
      const value = get(check.cell);
      if (value === null) return [];
      const decimals = (String(value).split('.')[1] ?? '').length;
      const level = report.agencyLevel;
      const isSmallAgency =
        level === 'township' || level === 'county-department' || level === 'city-department';
      if (decimals > 4) {
        return [
          {
            message: `${name(id, check.cell)} = ${value}，单位为万元，超过 4 位小数（不足 1 元），可能误按“元”填写`,
            cells: [check.cell],
            actual: value,
          },
        ];
      }
      if (isSmallAgency && check.plausibleMax !== null && value >= check.plausibleMax) {
        return [
          {
            message: `${name(id, check.cell)} = ${format(value)} 万元，对本单位而言偏大，请核实是否误按“元”填写`,
            cells: [check.cell],
            actual: value,
          },
        ];
      }
      return [];
    }
    case 'averageAmount': {
      const amount = get(check.amount);
      const count = get(check.count);
      if (amount === null || count === null || count <= 0 || amount <= 0) return [];
      const average = amount / count;
      if (average >= check.minAverage) return [];
      return [
        {
          message: `${name(id, check.amount)} = ${format(amount)} 万元，${name(id, check.count)} = ${format(count)}，平均每个项目仅 ${format(average)} 万元（约 ${Math.round(average * 10000)} 元），请核实金额单位是否为万元`,
          cells: [check.amount, check.count],
          actual: amount,
        },
      ];
    }
    case 'zeroForLevel': {
      const level = report.agencyLevel;
      if (level !== 'township' && level !== 'county-department' && level !== 'county-government') return [];
      const nonZero = check.cells.filter((code) => (get(code) ?? 0) !== 0);
      if (!nonZero.length) return [];
      return [
        {
          message: `区县政府及其部门、乡镇街道没有规章制定权，但${nonZero.map((code) => `${name(id, code)} = ${format(get(code)!)}`).join('，')}`,
          cells: nonZero,
          expected: 0,
        },
      ];
    }
    case 'notFilled': {
      const blank = check.cells.filter((code) => get(code) === null);
      if (!blank.length) return [];
      if (blank.length === check.cells.length) {
        return [{ message: `「${check.sectionTitle}」全部未填写；没有发生的事项应填 0`, cells: blank }];
      }
      const named = blank
        .slice(0, MAX_NAMED_CELLS)
        .map((code) => name(id, code))
        .join('、');
      const more = blank.length > MAX_NAMED_CELLS ? ` 等 ${blank.length} 个单元格` : '';
      return [
        {
          message: `「${check.sectionTitle}」中 ${named}${more}为空白或“/”；没有发生的事项应填 0`,
          cells: blank,
        },
      ];
    }
    case 'nonNegativeSum': {
      const parts = check.parts.map(get);
      if (parts.some((value) => value === null)) return [];
      const total = sumOf(parts);
      if (total >= 0) return [];
      return [
        {
          message: `${check.parts.map((code) => name(id, code)).join(' + ')} = ${format(total)}，本年项目数量不应为负数`,
          cells: check.parts,
          actual: total,
        },
      ];
    }
    case 'formatForYear': {
      if (!report.reportYear) return [];
      const expectedFormat = formatForYear(report.reportYear);
      if (expectedFormat === id) return [];
      return [
        {
          message: `${report.reportYear} 年度报告应使用《${getFormat(expectedFormat).name}》，实际使用的是《${getFormat(id).name}》`,
          cells: [],
        },
      ];
    }
    case 'carryOver': {
      if (!previous) return [];
      const previousCell = previousCode(previous, check.previous);
      const current = get(check.cell);
      const last = previousCell ? valueOf(previous, previousCell) : null;
      if (current === null || last === null || Math.abs(current - last) <= EPSILON) return [];
      return [
        {
          message: `${name(id, check.cell)} = ${format(current)}，应等于上年报告${name(previous.formatId, previousCell!)} = ${format(last)}`,
          cells: [check.cell],
          expected: last,
          actual: current,
        },
      ];
    }
    case 'validChain': {
      if (!previous || previous.formatId !== id) return [];
      const previousCell = previousCode(previous, check.previous);
      const last = previousCell ? valueOf(previous, previousCell) : null;
      const [valid, made, repealed] = [get(check.valid), get(check.made), get(check.repealed)];
      if (last === null || valid === null || made === null || repealed === null) return [];
      const expected = last + made - repealed;
      if (Math.abs(valid - expected) <= EPSILON) return [];
      return [
        {
          message: `${name(id, check.valid)}应为 上年 ${format(last)} + 本年制发 ${format(made)} − 本年废止 ${format(repealed)} = ${format(expected)}，实际填写 ${format(valid)}`,
          cells: [check.valid, check.made, check.repealed],
          expected,
          actual: valid,
        },
      ];
    }
    case 'yearOverYear': {
      if (!previous) return [];
      const previousCell = previousCode(previous, check.previous);
      const current = get(check.cell);
      const last = previousCell ? valueOf(previous, previousCell) : null;
      if (current === null || last === null) return [];
      const isJump =
        Math.max(current, last) >= 20 &&
        (current >= 10 * Math.max(last, 1) || last >= 10 * Math.max(current, 1));
      if (!isJump) return [];
      return [
        {
          message: `${name(id, check.cell)}由上年的 ${format(last)} 变为 ${format(current)}，变化超过十倍，请核实或说明原因`,
          cells: [check.cell],
          expected: last,
          actual: current,
        },
      ];
    }
  }
}

/** Checks whose finding would rest on a cell's value, so an unread cell would turn a reader's miss into an error. */
const IDENTITY_KINDS: ReadonlySet<Check['kind']> = new Set([
  'sum',
  'balance',
  'atMost',
  'eachAtMost',
  'equal',
  'positiveImplies',
  'nonNegativeSum',
  'validChain',
  'averageAmount',
]);

/**
 * Splits a rule's checks by the cells the reader could not read: identities over such a cell are not run; a
 * blank-cell check keeps only the cells that were read (an unread cell is not a blank one).
 */
function withoutUnreadCells(
  checks: readonly Check[],
  unreadable: ReadonlySet<string>,
): { runnable: Check[]; skippedCells: string[] } {
  if (unreadable.size === 0) return { runnable: [...checks], skippedCells: [] };
  const runnable: Check[] = [];
  const skippedCells = new Set<string>();
  for (const check of checks) {
    const unread = checkCells(check).filter((cell) => unreadable.has(cell));
    if (unread.length === 0) runnable.push(check);
    else if (IDENTITY_KINDS.has(check.kind)) unread.forEach((cell) => skippedCells.add(cell));
    else if (check.kind === 'notFilled') {
      const read = check.cells.filter((cell) => !unreadable.has(cell));
      if (read.length > 0) runnable.push({ ...check, cells: read });
    }
  }
  return { runnable, skippedCells: [...skippedCells] };
}

function notCheckable(rule: RuleDef, formatId: FormatId, cells: string[]): Violation {
  const named = cells
    .slice(0, MAX_NAMED_CELLS)
    .map((code) => name(formatId, code))
    .join('、');
  const more = cells.length > MAX_NAMED_CELLS ? ` 等 ${cells.length} 个单元格` : '';
  return {
    ruleId: NOT_CHECKABLE,
    severity: 'INFO',
    message: `「${rule.title}」无法核对：报告中未能读取 ${named}${more}`,
    cells,
  };
}

export function evaluateRule(
  rule: RuleDef,
  checks: readonly Check[],
  context: EvaluationContext,
): Violation[] {
  const unreadable = new Set(context.report.unreadableCells ?? []);
  const { runnable, skippedCells } = withoutUnreadCells(checks, unreadable);
  const findings: Violation[] = runnable.flatMap((check) =>
    evaluate(check, context).map((finding) => ({
      ...finding,
      ruleId: finding.ruleId ?? rule.id,
      severity: finding.severity ?? rule.severity,
    })),
  );
  if (skippedCells.length > 0) findings.push(notCheckable(rule, context.report.formatId, skippedCells));
  return findings;
}
