import { NOT_CHECKABLE } from '@nianbao/rules';
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

export type FindingCounts = Record<Severity, number> & { notCheckable: number };

/** Findings by severity; a rule not checkable for want of an unread cell is counted apart, never as a finding. */
export function countBySeverity(findings: readonly AuditFinding[]): FindingCounts {
  const counts: FindingCounts = { HARD: 0, SOFT: 0, INFO: 0, notCheckable: 0 };
  for (const finding of findings) {
    if (finding.ruleId === NOT_CHECKABLE) counts.notCheckable += 1;
    else counts[finding.severity] += 1;
  }
  return counts;
}
