import type { ReportData, Severity, Violation } from '@nianbao/rules';

/** A finding of the audit: a rule violation, with the narrative sentence when the finding quotes one. */
export type AuditFinding = Violation & { sentence?: string };

export interface AuditedReport {
  file: string;
  report: ReportData;
  findings: AuditFinding[];
  unreadableCells: number;
  /** The same agency's report of the year before was in the batch, so the cross-year rules ran. */
  hasPreviousYear: boolean;
}

export interface AuditFailure {
  file: string;
  /** Chinese, for the user. */
  error: string;
}

export interface AuditResult {
  reports: AuditedReport[];
  failures: AuditFailure[];
}

export function countBySeverity(findings: readonly AuditFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { HARD: 0, SOFT: 0, INFO: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
