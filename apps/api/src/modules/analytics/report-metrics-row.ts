import { extractReportFigures, publicationDeadline } from '@nianbao/rules';
import type { FormatId, ReportValues, SubmissionFindings } from '@nianbao/rules';
import type { OrgType, ReportState } from '@nianbao/workflow';
import { AGENCY_LEVEL } from '../reports/report-validation.service';
import type { ReportMetrics } from './entities/report-metrics.entity';

/** Everything a summary row is made of, as read from the report, its org, campaign, publication and audit trail. */
export interface ReportMetricsSource {
  reportId: number;
  campaignId: number;
  orgId: number;
  orgType: OrgType;
  orgPath: string;
  districtId: number | null;
  reportYear: number;
  formatId: FormatId;
  state: ReportState;
  values: ReportValues;
  unreadableCells?: readonly string[];
  deadline: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  returnCount: number;
  publishedAt: string | null;
  /** Null while not submitted, or when nobody checked the submission here (imported history). */
  findings: SubmissionFindings | null;
}

export function reportMetricsRow(source: ReportMetricsSource, now = new Date()): ReportMetrics {
  const figures = extractReportFigures({
    formatId: source.formatId,
    values: source.values,
    unreadableCells: source.unreadableCells,
  });
  return {
    reportId: source.reportId,
    campaignId: source.campaignId,
    orgId: source.orgId,
    orgType: source.orgType,
    orgPath: source.orgPath,
    districtId: source.districtId,
    reportYear: source.reportYear,
    formatId: source.formatId,
    state: source.state,
    ...figures,
    deadline: source.deadline,
    submittedAt: source.submittedAt,
    approvedAt: source.state === 'approved' ? source.approvedAt : null,
    hardFindings: source.findings?.hardFindings ?? null,
    softFindings: source.findings?.softFindings ?? null,
    narrativeFindings: source.findings?.narrativeFindings ?? null,
    sectionFindings: source.findings?.sectionFindings ?? null,
    returnCount: source.returnCount,
    publishedAt: source.publishedAt,
    publicationDeadline: publicationDeadline(source.reportYear, AGENCY_LEVEL[source.orgType]),
    refreshedAt: now,
  };
}

/** The 区/县 on an org's path: the first id on it that is a district (the org itself for a district). */
export function districtOnPath(path: string, districtIds: ReadonlySet<number>): number | null {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.find((id) => districtIds.has(id)) ?? null;
}
