import { getFormat, listCells, type Severity } from '@nianbao/rules';
import type { CheckResult } from './check-json';

const MARK: Record<Severity, string> = { HARD: '✗ 错误', SOFT: '! 需说明', INFO: '· 提示' };

/** Human-readable Chinese report of one checked file. */
export function formatCheckText(result: CheckResult): string {
  if ('error' in result) return `${result.file}\n  无法作为年度报告读取：${result.error}\n\n`;
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
  for (const violation of violations)
    lines.push(`  ${MARK[violation.severity]} [${violation.ruleId}] ${violation.message}`);
  const count = (severity: Severity) =>
    violations.filter((violation) => violation.severity === severity).length;
  const hard = count('HARD');
  lines.push(
    hard
      ? `  结论：有 ${hard} 处错误必须修改；另有 ${count('SOFT')} 处需说明、${count('INFO')} 条提示`
      : `  结论：没有错误；${count('SOFT')} 处需说明、${count('INFO')} 条提示`,
  );
  return `${lines.join('\n')}\n\n`;
}
