import { type AuditResult, countBySeverity } from './audit-result';

/** The documented `audit --json` shape. */
export function toAuditJson(result: AuditResult) {
  return {
    reports: result.reports.map((audited) => ({
      file: audited.file,
      agency: audited.report.agency ?? null,
      reportYear: audited.report.reportYear ?? null,
      template: audited.report.formatId,
      counts: countBySeverity(audited.findings),
      unreadableCells: audited.unreadableCells,
      hasPreviousYear: audited.hasPreviousYear,
      findings: audited.findings.map(({ ruleId, severity, message, cells, expected, actual, sentence }) => ({
        ruleId,
        severity,
        message,
        cells,
        expected: expected ?? null,
        actual: actual ?? null,
        sentence: sentence ?? null,
      })),
    })),
    failures: result.failures,
  };
}
