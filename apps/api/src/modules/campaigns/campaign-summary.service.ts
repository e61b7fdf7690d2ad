import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { consolidate } from '@nianbao/rules';
import type { ReportValues } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Report } from '../reports/entities/report.entity';
import { CampaignProgressService } from './campaign-progress.service';
import type { SummaryOutput } from './dto/summary.output';
import type { Campaign } from './entities/campaign.entity';

/**
 * 汇总 of the approved reports strictly below an org (its own report is left out: a district's report may be
 * prefilled from this very sum). Computed on request, so a reopened report drops out of every 汇总 at once.
 */
@Injectable()
export class CampaignSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: CampaignProgressService,
  ) {}

  async summary(user: AuthUser, campaign: Campaign, orgId: number | undefined): Promise<SummaryOutput> {
    const root = await this.progress.subtreeRoot(user, orgId);
    const below = () =>
      this.dataSource
        .getRepository(Report)
        .createQueryBuilder('report')
        .where('report.campaignId = :id', { id: campaign.id })
        .andWhere('report.orgPath LIKE :prefix', { prefix: `${root.path}%` })
        .andWhere('report.orgId <> :rootId', { rootId: root.id });
    const [totalReports, rows] = await Promise.all([
      below().getCount(),
      below()
        .select('report.values', 'reportValues')
        .andWhere('report.state = :approved', { approved: 'approved' })
        .getRawMany<{ reportValues: string | ReportValues }>(),
    ]);
    const approved = rows.map((row) => ({
      formatId: campaign.formatId,
      values:
        typeof row.reportValues === 'string'
          ? (JSON.parse(row.reportValues) as ReportValues)
          : row.reportValues,
    }));
    const { values, contributors, reportCount } = consolidate(approved, campaign.formatId);
    return {
      campaignId: campaign.id,
      orgId: root.id,
      orgName: root.name,
      formatId: campaign.formatId,
      reportCount,
      totalReports,
      values,
      contributors,
    };
  }
}
