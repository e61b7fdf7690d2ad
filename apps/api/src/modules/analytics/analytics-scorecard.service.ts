import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaDay, isPublishedOnTime, QUALITY_CRITERIA, scoreReportQuality } from '@nianbao/rules';
import type { ReportQualityFacts } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Org } from '../orgs/entities/org.entity';
import { AnalyticsScopeService } from './analytics-scope.service';
import type { YearAcrossOrgsQuery } from './dto/analytics.query';
import type { QualityFactsOutput, ScorecardOutput, ScorecardRowOutput } from './dto/analytics.output';
import { ReportMetrics } from './entities/report-metrics.entity';

/**
 * The facts of the scorecard as of now: a report not submitted by a passed deadline was not on time, one not
 * published by a passed statutory deadline was not published on time; before the deadline both are still open.
 */
export function qualityFactsOf(
  row: ReportMetrics,
  now = new Date(),
): QualityFactsOutput & ReportQualityFacts {
  const submittedAt = row.submittedAt ? new Date(row.submittedAt) : null;
  const deadline = new Date(row.deadline);
  const isOnTime = submittedAt
    ? submittedAt.getTime() <= deadline.getTime()
    : now.getTime() > deadline.getTime()
      ? false
      : null;
  const publishedAt = row.publishedAt ? String(row.publishedAt).slice(0, 10) : null;
  const publicationDeadline = String(row.publicationDeadline).slice(0, 10);
  const isPublishedOnTimeNow = publishedAt
    ? isPublishedOnTime(publishedAt, publicationDeadline)
    : chinaDay(now) > publicationDeadline
      ? false
      : null;
  return {
    isOnTime,
    hardFindings: row.hardFindings,
    softFindings: row.softFindings,
    narrativeFindings: row.narrativeFindings,
    sectionFindings: row.sectionFindings,
    // Returns are counted only for reports that went through review here.
    returnCount: submittedAt ? row.returnCount : null,
    isPublishedOnTime: isPublishedOnTimeNow,
    submittedAt,
    publishedAt,
    publicationDeadline,
  };
}

/** 年报质量 per org for one year: facts from the summary rows, scored by the weights of `@nianbao/rules`. */
@Injectable()
export class AnalyticsScorecardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AnalyticsScopeService,
  ) {}

  async scorecard(user: AuthUser, query: YearAcrossOrgsQuery, now = new Date()): Promise<ScorecardOutput> {
    const scope = await this.scopes.resolve(user, query, 'below');
    const builder = this.dataSource
      .getRepository(ReportMetrics)
      .createQueryBuilder('m')
      .innerJoin(Org, 'o', 'o.id = m.orgId')
      .addSelect('o.name', 'orgName')
      .where('m.reportYear = :year', { year: query.year });
    this.scopes.apply(builder, scope);
    const { entities, raw } = await builder.orderBy('o.name', 'ASC').getRawAndEntities();
    const names = new Map(
      raw.map((row: Record<string, unknown>) => [Number(row.m_reportId), String(row.orgName)]),
    );
    const rows: ScorecardRowOutput[] = entities.map((row) => {
      const facts = qualityFactsOf(row, now);
      const { score, points } = scoreReportQuality(facts);
      return {
        rank: null,
        orgId: row.orgId,
        orgName: names.get(row.reportId) ?? '',
        orgType: row.orgType,
        reportId: row.reportId,
        score,
        points,
        facts,
      };
    });
    rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.orgName.localeCompare(b.orgName, 'zh'));
    let rank = 0;
    rows.forEach((row, index) => {
      if (row.score === null) return;
      // Equal scores share a place (1, 2, 2, 4).
      rank = index > 0 && rows[index - 1].score === row.score ? rank : index + 1;
      row.rank = rank;
    });
    return {
      year: query.year,
      criteria: QUALITY_CRITERIA.map(({ id, name, description, weight }) => ({
        id,
        name,
        description,
        weight,
      })),
      rows,
    };
  }
}
