import { basename } from 'node:path';
import { type AuditResult, countBySeverity } from './audit-result';

/** The terminal summary: one line per report in agency/year order, then the files that could not be read. */
export function formatAuditText(result: AuditResult): string {
  const lines = result.reports.map((audited) => {
    const counts = countBySeverity(audited.findings);
    const { agency, reportYear } = audited.report;
    return `${agency ?? '（未识别单位）'} ${reportYear ?? '（年度不详）'}：HARD ${counts.HARD}，SOFT ${counts.SOFT}，INFO ${counts.INFO}${counts.notCheckable ? `，${counts.notCheckable} 处无法核对` : ''}${audited.unreadableCells ? `，${audited.unreadableCells} 个单元格无法读取` : ''}（${basename(audited.file)}）`;
  });
  const failures = result.failures.map((failure) => `无法读取 ${basename(failure.file)}：${failure.error}`);
  return [
    ...lines,
    ...failures,
    `共 ${result.reports.length + result.failures.length} 个文件：${result.reports.length} 份报告已检查，${result.failures.length} 个无法读取。`,
  ]
    .map((line) => `${line}\n`)
    .join('');
}
