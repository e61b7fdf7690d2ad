import { WORKFLOW } from './definition';
import { stateLabel } from './route';
import type { ReportState, ValidationSummary, WorkflowAction } from './types';

/** Draft labels that tell lists why a report is back with its submitter. */
const DRAFT_LABEL_AFTER: Partial<Record<WorkflowAction, string>> = {
  return: '已退回',
  reopen: '已重新打开',
  withdraw: '已撤回',
};

/** The label a list shows for a report: its state, or for a draft the reason it came back. */
export function statusLabel(report: { state: ReportState; lastAction?: WorkflowAction | null }): string {
  const reason =
    report.state === 'draft' && report.lastAction ? DRAFT_LABEL_AFTER[report.lastAction] : undefined;
  return reason ?? stateLabel(report.state);
}

/** Whether the report is back with its submitter because someone above returned or reopened it. */
export function isReturned(report: { state: ReportState; lastAction?: WorkflowAction | null }): boolean {
  return report.state === 'draft' && (report.lastAction === 'return' || report.lastAction === 'reopen');
}

export function actionLabel(action: WorkflowAction): string {
  return WORKFLOW.actions[action].label;
}

/**
 * Count what blocks a submission, from the rules package's violations and the ids of the violations the
 * submitter explained (how a SOFT violation is identified is the caller's choice).
 */
export function summarizeValidation<V extends { severity: 'HARD' | 'SOFT' | 'INFO' }>(
  violations: readonly V[],
  isExplained: (violation: V) => boolean,
): ValidationSummary {
  return {
    hardViolations: violations.filter((violation) => violation.severity === 'HARD').length,
    unexplainedSoftViolations: violations.filter(
      (violation) => violation.severity === 'SOFT' && !isExplained(violation),
    ).length,
  };
}
