import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stateLabel } from '@nianbao/workflow';
import type { ReportState } from '@nianbao/workflow';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { OrgScopeService } from '../orgs/org-scope.service';
import { Report } from '../reports/entities/report.entity';
import { AnalyticsScopeService } from './analytics-scope.service';
import type { TimelineQuery } from './dto/analytics.query';
import type { ReturnsByStageOutput, TimelineDayOutput, TimelineOutput } from './dto/analytics.output';
import { ReportMetrics } from './entities/report-metrics.entity';

/**
 * A campaign day by day (Beijing time) for the org's subtree: first submissions and final approvals per day against
 * the deadline, what is still not submitted (the burn-down), and at which review step reports were sent back.
 */
@Injectable()
export class AnalyticsTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AnalyticsScopeService,
    private readonly campaigns: CampaignsService,
    private readonly orgScope: OrgScopeService,
  ) {}

  async timeline(user: AuthUser, query: TimelineQuery): Promise<TimelineOutput> {
    const campaign = await this.campaigns.findVisible(user, query.campaign);
    const scope = await this.scopes.resolve(user, query, 'subtree');
    const inCampaign = () =>
      this.scopes.apply(
        this.dataSource
          .getRepository(ReportMetrics)
          .createQueryBuilder('m')
          .where('m.campaignId = :campaignId', { campaignId: campaign.id }),
        scope,
      );
    const perDay = async (column: 'submittedAt' | 'approvedAt') =>
      new Map(
        (
          await inCampaign()
            .select(this.chinaDay(`m.${column}`), 'day')
            .addSelect('COUNT(*)', 'count')
            .andWhere(`m.${column} IS NOT NULL`)
            .groupBy('day')
            .getRawMany<{ day: string | Date; count: number | string }>()
        ).map((row) => [dayText(row.day), Number(row.count)]),
      );
    const [totalReports, submitted, approved, returnsByStage] = await Promise.all([
      inCampaign().getCount(),
      perDay('submittedAt'),
      perDay('approvedAt'),
      this.returnsByStage(campaign.id, scope.root.path, user),
    ]);
    const days: TimelineDayOutput[] = [];
    let cumulativeSubmitted = 0;
    let cumulativeApproved = 0;
    for (const day of [...new Set([...submitted.keys(), ...approved.keys()])].sort()) {
      cumulativeSubmitted += submitted.get(day) ?? 0;
      cumulativeApproved += approved.get(day) ?? 0;
      days.push({
        day,
        submitted: submitted.get(day) ?? 0,
        approved: approved.get(day) ?? 0,
        cumulativeSubmitted,
        cumulativeApproved,
        notYetSubmitted: totalReports - cumulativeSubmitted,
      });
    }
    return {
      campaignId: campaign.id,
      orgId: scope.root.id,
      deadline: campaign.deadline,
      totalReports,
      days,
      returnsByStage,
    };
  }

  /** 退回 are few: the audit entries of the campaign's reports in the subtree, counted by the step they left. */
  private async returnsByStage(
    campaignId: number,
    rootPath: string,
    user: AuthUser,
  ): Promise<ReturnsByStageOutput[]> {
    const builder = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .innerJoin(Report, 'report', 'report.id = entry.entityId')
      .select('entry.detail', 'detail')
      .where('entry.entityType = :type', { type: 'report' })
      .andWhere('entry.action = :action', { action: 'report.return' })
      .andWhere('report.campaignId = :campaignId', { campaignId })
      .andWhere('report.orgPath LIKE :rootPrefix', { rootPrefix: `${rootPath}%` });
    const visible = this.orgScope.restrict(builder, 'report.orgPath', user);
    const counts = new Map<string, number>();
    for (const row of await visible.getRawMany<{ detail: string | Record<string, unknown> | null }>()) {
      const detail =
        typeof row.detail === 'string' ? (JSON.parse(row.detail) as Record<string, unknown>) : row.detail;
      const from = typeof detail?.from === 'string' ? detail.from : 'unknown';
      counts.set(from, (counts.get(from) ?? 0) + 1);
    }
    return [...counts.entries()].map(([state, count]) => ({
      state,
      label: state === 'unknown' ? '未知环节' : stateLabel(state as ReportState),
      count,
    }));
  }

  /** The calendar day in China of a UTC datetime column, in the SQL of the database in use. */
  private chinaDay(column: string): string {
    return this.dataSource.options.type === 'sqljs'
      ? `date(${column}, '+8 hours')`
      : `DATE(DATE_ADD(${column}, INTERVAL 8 HOUR))`;
  }
}

function dayText(day: string | Date): string {
  return day instanceof Date ? day.toISOString().slice(0, 10) : String(day).slice(0, 10);
}
