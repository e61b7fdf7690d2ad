import { statusLabel } from '@nianbao/workflow';
import type { ReportListItemOutput } from './dto/report.output';
import type { Report } from './entities/report.entity';

export function toListItem(
  report: Report,
  orgName: string,
  now = new Date(),
  deadline?: Date,
): ReportListItemOutput {
  const isLateAndMissing =
    report.submittedAt === null && deadline !== undefined && now.getTime() > deadline.getTime();
  return {
    id: report.id,
    campaignId: report.campaignId,
    orgId: report.orgId,
    orgName,
    state: report.state,
    statusLabel: statusLabel(report),
    lastAction: report.lastAction,
    lastComment: report.lastComment,
    isOverdue: report.isOverdue || isLateAndMissing,
    submittedAt: report.submittedAt,
    approvedAt: report.approvedAt,
    version: report.version,
    updatedAt: report.updatedAt,
  };
}
