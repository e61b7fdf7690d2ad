import { getFormat, listCells, type Severity, type Violation } from '@nianbao/rules';
import type { CheckResult } from './check-json';
import { isNotCheckable } from './not-checkable';

const MARK: Record<Severity, string> = { HARD: '✗ 错误', SOFT: '! 需说明', INFO: '· 提示' };
const NOT_CHECKABLE_MARK = '? 无法核对';

type UnreadableCell = { code?: string; label: string };

/**
 * The last line of a file's report. What could not be read is counted apart from the errors: a cell we failed to
 * read is not a mistake of the report, and "没有错误" would claim more than was checked.
 */
export function formatConclusion(
  violations: readonly Violation[],
  unreadable: readonly UnreadableCell[],
): string {
  const notCheckable = violations.filter(isNotCheckable);
  // The reader's list and the cells NOT-CHECKABLE findings name are the same cells, seen from both sides.
  const unreadCells = new Set([
    ...unreadable.map((problem) => problem.code ?? problem.label),
    ...notCheckable.flatMap((violation) => violation.cells),
  ]).size;
  const count = (severity: Severity) =>
    violations.filter((violation) => violation.severity === severity && !isNotCheckable(violation)).length;
  const hard = count('HARD');
  const unchecked = notCheckable.length
    ? `${notCheckable.length} 处无法核对（未能读取 ${unreadCells} 个单元格）`
    : unreadCells
      ? `未能读取 ${unreadCells} 个单元格`
      : '';
  const remarks = `${count('SOFT')} 处需说明、${count('INFO')} 条提示`;
  if (hard) return `结论：有 ${hard} 处错误必须修改；${unchecked ? `${unchecked}；` : ''}另有 ${remarks}`;
  if (unchecked) return `结论：已读取的数值没有错误；${unchecked}；${remarks}`;
  return `结论：没有错误；${remarks}`;
}

/** Human-readable Chinese report of one checked file. */
export function formatCheckText(result: CheckResult): string {
  if ('error' in result) return `${result.file}\n  无法作为年度报告读取：${result.error.message}\n\n`;
  const { report, violations, unreadable, notes } = result;
  const cells = listCells(report.formatId);
  const filled = cells.filter((cell) => typeof report.values[cell.code] === 'number').length;
  const lines = [
    result.file,
    `  表格格式：${getFormat(report.formatId).name}（${report.formatId}）`,
    `  报告年度：${report.reportYear ?? '未识别'}\u3000\u3000单位：${report.agency ?? '未识别'}`,
    `  读取单元格 ${cells.length} 个，其中已填写 ${filled} 个`,
  ];
  for (const problem of unreadable) {
    lines.push(
      `  ? 无法读取 ${problem.label}${problem.raw ? `（“${problem.raw}”）` : ''}：${problem.reason}`,
    );
  }
  for (const note of notes) lines.push(`  · 注意 ${note}`);
  for (const violation of violations) {
    const mark = isNotCheckable(violation) ? NOT_CHECKABLE_MARK : MARK[violation.severity];
    lines.push(`  ${mark} [${violation.ruleId}] ${violation.message}`);
  }
  lines.push(`  ${formatConclusion(violations, unreadable)}`);
  return `${lines.join('\n')}\n\n`;
}
