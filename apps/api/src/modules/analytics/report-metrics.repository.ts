import { countSubmissionFindings, validateReport } from '@nianbao/rules';
import type { SubmissionFindings } from '@nianbao/rules';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { Org } from '../orgs/entities/org.entity';
import { ReportPublication } from '../publication/entities/report-publication.entity';
import { reportData } from '../reports/report-validation.service';
import { Report } from '../reports/entities/report.entity';
import { ReportMetrics } from './entities/report-metrics.entity';
import { districtOnPath, reportMetricsRow } from './report-metrics-row';

const BATCH = 500;

/** A report with what its submission findings are judged against. */
export interface ReportInScope {
  report: Report;
  org: Org;
  campaign: Campaign;
  /** The row stored so far, if any (findings at first submission are kept from it). */
  stored: ReportMetrics | null;
}

/** Findings at first submission: kept, computed, or unknown (null). */
export type FindingsSource = (subject: ReportInScope) => Promise<SubmissionFindings | null>;

/** Findings once recorded stay: they describe the first submission, not what the report became. */
export const keptFindings = (stored: ReportMetrics | null): SubmissionFindings | null =>
  stored && stored.hardFindings !== null
    ? {
        hardFindings: stored.hardFindings,
        softFindings: stored.softFindings ?? 0,
        narrativeFindings: stored.narrativeFindings,
        sectionFindings: stored.sectionFindings,
      }
    : null;

/** Writes the summary rows of the given reports (all reports when `reportIds` is omitted), in batches. */
export async function writeReportMetrics(
  manager: EntityManager,
  findingsOf: FindingsSource,
  reportIds?: readonly number[],
): Promise<number> {
  const ids =
    reportIds ??
    (await manager.getRepository(Report).find({ select: { id: true }, order: { id: 'ASC' } })).map(
      (report) => report.id,
    );
  if (ids.length === 0) return 0;
  const districtIds = new Set(
    (await manager.getRepository(Org).find({ select: { id: true }, where: { type: 'district' } })).map(
      (org) => org.id,
    ),
  );
  const campaigns = new Map<number, Campaign>();
  let written = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const reports = await manager.getRepository(Report).findBy({ id: In(batch) });
    const missingCampaigns = [...new Set(reports.map((report) => report.campaignId))].filter(
      (id) => !campaigns.has(id),
    );
    if (missingCampaigns.length > 0)
      for (const campaign of await manager.getRepository(Campaign).findBy({ id: In(missingCampaigns) }))
        campaigns.set(campaign.id, campaign);
    const orgs = new Map(
      (await manager.getRepository(Org).findBy({ id: In([...new Set(reports.map((r) => r.orgId))]) })).map(
        (org) => [org.id, org],
      ),
    );
    const stored = new Map(
      (await manager.getRepository(ReportMetrics).findBy({ reportId: In(batch) })).map((row) => [
        row.reportId,
        row,
      ]),
    );
    const publications = new Map(
      (await manager.getRepository(ReportPublication).findBy({ reportId: In(batch) })).map((row) => [
        row.reportId,
        row.publishedAt,
      ]),
    );
    const returns = await returnCounts(manager, batch);
    const rows: ReportMetrics[] = [];
    for (const report of reports) {
      const org = orgs.get(report.orgId);
      const campaign = campaigns.get(report.campaignId);
      if (!org || !campaign) continue;
      const findings = await findingsOf({ report, org, campaign, stored: stored.get(report.id) ?? null });
      rows.push(
        reportMetricsRow({
          reportId: report.id,
          campaignId: report.campaignId,
          orgId: org.id,
          orgType: org.type,
          orgPath: report.orgPath,
          districtId: districtOnPath(report.orgPath, districtIds),
          reportYear: campaign.reportYear,
          formatId: campaign.formatId,
          state: report.state,
          values: report.values,
          deadline: campaign.deadline,
          submittedAt: report.submittedAt,
          approvedAt: report.approvedAt,
          returnCount: returns.get(report.id) ?? 0,
          publishedAt: publications.get(report.id) ?? null,
          findings,
        }),
      );
    }
    if (rows.length > 0) await manager.getRepository(ReportMetrics).upsert(rows, ['reportId']);
    written += rows.length;
  }
  return written;
}

async function returnCounts(
  manager: EntityManager,
  reportIds: readonly number[],
): Promise<Map<number, number>> {
  const rows = await manager
    .getRepository(AuditEntry)
    .createQueryBuilder('entry')
    .select('entry.entityId', 'reportId')
    .addSelect('COUNT(*)', 'returns')
    .where('entry.entityType = :type', { type: 'report' })
    .andWhere('entry.action = :action', { action: 'report.return' })
    .andWhere('entry.entityId IN (:...ids)', { ids: reportIds })
    .groupBy('entry.entityId')
    .getRawMany<{ reportId: number | string; returns: number | string }>();
  return new Map(rows.map((row) => [Number(row.reportId), Number(row.returns)]));
}

/**
 * Findings at submission estimated from the stored tables, for rows written after the fact (the demo data, the
 * bench): the narrative's checks are left unknown.
 */
export const findingsFromTables: FindingsSource = async ({ report, org, campaign, stored }) =>
  keptFindings(stored) ??
  (report.submittedAt === null
    ? null
    : countSubmissionFindings(validateReport(reportData(report, org, campaign)), {
        isNarrativeChecked: false,
      }));
