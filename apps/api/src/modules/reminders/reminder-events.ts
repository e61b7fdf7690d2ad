import { isReturned } from '@nianbao/workflow';
import type { ReportState, Role, WorkflowAction } from '@nianbao/workflow';

const DAY_MS = 24 * 3600 * 1000;

/** Who hears that a report is still to be filled in: the people who fill it in and sign it at the org. */
export const SUBMITTER_ROLES: readonly Role[] = ['submitter', 'unit_leader'];

export interface ReminderSchedule {
  daysBefore: number;
  returnedDays: number;
}

export interface ReportForReminder {
  reportId: number;
  orgName: string;
  state: ReportState;
  lastAction: WorkflowAction | null;
  /** When it was last returned or reopened (null when never). */
  returnedAt: Date | null;
}

export interface SubmitterEvent {
  kind: 'upcoming' | 'due' | 'overdue' | 'returned';
  /** Names the occurrence: a report returned twice is reminded twice. */
  occurrence: string;
  title: string;
  body: string;
  priority: number;
}

/**
 * Which reminder a draft report's submitters get now, if any: N days before the deadline, on its last day,
 * after it, and when a returned report has waited N days. Pure, so the rules are tested without a clock.
 */
export function submitterEvent(
  report: ReportForReminder,
  deadline: Date,
  schedule: ReminderSchedule,
  now: Date,
): SubmitterEvent | null {
  if (report.state !== 'draft') return null;
  const name = `${report.orgName}的年度报告`;
  if (isReturned({ state: report.state, lastAction: report.lastAction })) {
    if (!report.returnedAt || now.getTime() - report.returnedAt.getTime() < schedule.returnedDays * DAY_MS)
      return null;
    return {
      kind: 'returned',
      occurrence: String(report.returnedAt.getTime()),
      title: '退回的报告待重新提交',
      body: `${name}已退回 ${schedule.returnedDays} 天以上，请修改后重新提交。`,
      priority: 3,
    };
  }
  const left = deadline.getTime() - now.getTime();
  if (left <= 0)
    return {
      kind: 'overdue',
      occurrence: '',
      title: '年度报告已逾期',
      body: `${name}已过截止时间仍未提交，请尽快提交。`,
      priority: 4,
    };
  if (left <= DAY_MS)
    return {
      kind: 'due',
      occurrence: '',
      title: '年度报告今日截止',
      body: `${name}将于 24 小时内截止，请及时提交。`,
      priority: 2,
    };
  if (left <= schedule.daysBefore * DAY_MS)
    return {
      kind: 'upcoming',
      occurrence: '',
      title: '年度报告即将截止',
      body: `${name}将于 ${Math.ceil(left / DAY_MS)} 天后截止，请及时填报提交。`,
      priority: 1,
    };
  return null;
}
