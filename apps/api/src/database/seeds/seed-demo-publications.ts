import type { EntityManager } from 'typeorm';
import { Campaign } from '../../modules/campaigns/entities/campaign.entity';
import { Org } from '../../modules/orgs/entities/org.entity';
import { ReportPublication } from '../../modules/publication/entities/report-publication.entity';
import { PublicCopyService } from '../../modules/publication/public-copy.service';
import { publicReportPath } from '../../modules/publication/publication.service';
import { Report } from '../../modules/reports/entities/report.entity';
import { ReportVersion } from '../../modules/reports/entities/report-version.entity';
import { publicationDeadline } from '@nianbao/rules';
import { AGENCY_LEVEL } from '../../modules/reports/report-validation.service';
import { demoPublishedNarrative } from './demo-published-narrative';

/** Published late in the demo, so the 专栏 shows both marks. */
const LATE_PUBLISHERS = new Set(['西山乡', '东区财政局']);

/**
 * Publishes every approved report of the years before the current campaign, so `/gk/` shows a real 年报专栏 at once.
 * The current year's approved reports stay unpublished (the 政务公开办 has yet to record them).
 */
export async function seedDemoPublications(
  manager: EntityManager,
  recordedById: number,
  currentYear: number,
): Promise<void> {
  const copies = new PublicCopyService();
  const campaigns = await manager.getRepository(Campaign).find({ order: { reportYear: 'ASC' } });
  const orgs = new Map((await manager.getRepository(Org).find()).map((org) => [org.id, org]));
  for (const campaign of campaigns.filter((candidate) => candidate.reportYear < currentYear)) {
    const reports = await manager
      .getRepository(Report)
      .find({ where: { campaignId: campaign.id, state: 'approved' }, order: { id: 'ASC' } });
    for (const [index, report] of reports.entries()) {
      const org = orgs.get(report.orgId)!;
      if (!report.narrative) {
        report.narrative = demoPublishedNarrative(
          org.name,
          campaign.reportYear,
          org.id + campaign.reportYear,
        );
        await manager.getRepository(Report).update(report.id, { narrative: report.narrative });
        await manager
          .getRepository(ReportVersion)
          .update({ reportId: report.id, version: report.version }, { narrative: report.narrative });
      }
      const statutoryDeadline = publicationDeadline(campaign.reportYear, AGENCY_LEVEL[org.type]);
      const day = LATE_PUBLISHERS.has(org.name) ? 12 : 10 + (index % 18);
      const publishedAt = `${campaign.reportYear + 1}-${LATE_PUBLISHERS.has(org.name) ? '02' : '01'}-${String(day).padStart(2, '0')}`;
      await manager.getRepository(ReportPublication).insert({
        reportId: report.id,
        campaignId: campaign.id,
        orgPath: report.orgPath,
        publishedAt,
        url: publicReportPath(report.id),
        statutoryDeadline,
        recordedById,
        recordedAt: new Date(`${publishedAt}T09:00:00+08:00`),
      });
      await copies.publish(
        manager,
        { report, org, campaign },
        { publishedAt, statutoryDeadline },
        new Date(`${publishedAt}T09:00:00+08:00`),
      );
    }
  }
}
