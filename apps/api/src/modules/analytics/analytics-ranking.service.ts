import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeDistribution, OUTLIER_Z, robustZScore } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Org } from '../orgs/entities/org.entity';
import { describeMeasure, measureCells, measureOf, measureSql, numberOrNull } from './analytics-measures';
import type { Measure } from './analytics-measures';
import { AnalyticsScopeService } from './analytics-scope.service';
import type { RankingQuery } from './dto/analytics.query';
import type { HistogramBinOutput, RankingEntryOutput, RankingOutput } from './dto/analytics.output';
import { ReportMetrics } from './entities/report-metrics.entity';

const HISTOGRAM_BINS = 10;
/** Fewer peers than this make no distribution to stand out from. */
export const MIN_PEERS = 5;

/**
 * One year across orgs: the ranked values of one measure, its distribution, and the orgs far from their peers of the
 * same type. The database filters, orders and computes the measure; the distribution is taken over that one column.
 */
@Injectable()
export class AnalyticsRankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AnalyticsScopeService,
  ) {}

  async ranking(user: AuthUser, query: RankingQuery): Promise<RankingOutput> {
    const scope = await this.scopes.resolve(user, query, 'below');
    const measure = measureOf(query.measure);
    const valueSql = measureSql(measure);
    const builder = this.dataSource
      .getRepository(ReportMetrics)
      .createQueryBuilder('m')
      .innerJoin(Org, 'o', 'o.id = m.orgId')
      .select(['m.orgId AS orgId', 'o.name AS orgName', 'm.orgType AS orgType', 'm.districtId AS districtId'])
      .addSelect(['m.reportId AS reportId', 'm.formatId AS formatId'])
      .addSelect(valueSql, 'value')
      .where('m.reportYear = :year', { year: query.year })
      .andWhere('m.state = :approved', { approved: 'approved' })
      .andWhere(`${valueSql} IS NOT NULL`);
    this.scopes.apply(builder, scope);
    const rows = await builder
      .orderBy('value', query.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('o.name', 'ASC')
      .getRawMany<Record<string, unknown>>();

    const entries = rows.map((row, index) => rankingEntry(row, index + 1, measure));
    const zScores = peerZScores(entries);
    for (const entry of entries) entry.zScore = zScores.get(entry.reportId) ?? null;
    const distribution = describeDistribution(entries.map((entry) => entry.value));
    return {
      year: query.year,
      measure: describeMeasure(measure),
      total: entries.length,
      entries: entries.slice(0, query.limit ?? 50),
      distribution,
      histogram: distribution
        ? histogram(
            entries.map((entry) => entry.value),
            distribution,
          )
        : [],
      outliers: entries.filter((entry) => entry.zScore !== null && Math.abs(entry.zScore) >= OUTLIER_Z),
    };
  }
}

function rankingEntry(row: Record<string, unknown>, rank: number, measure: Measure): RankingEntryOutput {
  const raw = numberOrNull(row.value) as number;
  const formatId = String(row.formatId) as FormatId;
  return {
    rank,
    orgId: Number(row.orgId),
    orgName: String(row.orgName),
    orgType: String(row.orgType),
    districtId: numberOrNull(row.districtId),
    reportId: Number(row.reportId),
    formatId,
    cells: measureCells(measure, formatId),
    value: measure.kind === 'share' ? Math.round(raw * 10) / 10 : raw,
    zScore: null,
  };
}

/** Robust z-score of each report among the reports of the same org type (peers), when there are enough of them. */
export function peerZScores(entries: readonly { reportId: number; orgType: string; value: number }[]) {
  const byType = new Map<string, { reportId: number; value: number }[]>();
  for (const entry of entries) {
    const peers = byType.get(entry.orgType) ?? [];
    peers.push(entry);
    byType.set(entry.orgType, peers);
  }
  const scores = new Map<number, number | null>();
  for (const peers of byType.values()) {
    if (peers.length < MIN_PEERS) continue;
    const distribution = describeDistribution(peers.map((peer) => peer.value))!;
    for (const peer of peers) {
      const score = robustZScore(peer.value, distribution);
      scores.set(peer.reportId, score === null ? null : Math.round(score * 100) / 100);
    }
  }
  return scores;
}

function histogram(
  values: readonly number[],
  { min, max }: { min: number; max: number },
): HistogramBinOutput[] {
  const width = (max - min) / HISTOGRAM_BINS || 1;
  const bins = Array.from({ length: max === min ? 1 : HISTOGRAM_BINS }, (_, index) => ({
    from: Math.round((min + index * width) * 100) / 100,
    to: Math.round((max === min ? max : min + (index + 1) * width) * 100) / 100,
    count: 0,
  }));
  for (const value of values) bins[Math.min(bins.length - 1, Math.floor((value - min) / width))].count += 1;
  return bins;
}
