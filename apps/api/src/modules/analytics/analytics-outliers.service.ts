import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeDistribution, isYearOverYearJump, OUTLIER_Z, REPORT_FIGURE_IDS } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Org } from '../orgs/entities/org.entity';
import { describeMeasure, measureCells, measureOf, measureValue, numberOrNull } from './analytics-measures';
import type { Measure } from './analytics-measures';
import { peerZScores } from './analytics-ranking.service';
import { AnalyticsScopeService } from './analytics-scope.service';
import type { YearAcrossOrgsQuery } from './dto/analytics.query';
import type { OutlierOutput, OutliersOutput } from './dto/analytics.output';
import { ReportMetrics } from './entities/report-metrics.entity';

/** Counts whose doubling or halving from last year a 政务公开办 wants to hear about. */
const JUMP_MEASURES = [
  'received',
  'withheld',
  'cannotProvide',
  'notProcessed',
  'reviews',
  'lawsuits',
  'licensing',
  'penalties',
  'enforcement',
  'normativeMade',
].map(measureOf);

/** What is compared with peers of the same org type: sizes, and the shares that size does not explain. */
const PEER_MEASURES = [
  'received',
  'withheldShare',
  'cannotProvideShare',
  'notProcessedShare',
  'reviewCorrectionRate',
  'lawsuitCorrectionRate',
].map(measureOf);

interface MetricsRow {
  reportId: number;
  orgId: number;
  orgName: string;
  orgType: string;
  districtId: number | null;
  formatId: FormatId;
  year: number;
  figures: Record<string, number | null>;
}

/** Year-over-year jumps and peer outliers of one year, each with its numbers and the report (and cells) behind it. */
@Injectable()
export class AnalyticsOutliersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AnalyticsScopeService,
  ) {}

  async outliers(user: AuthUser, query: YearAcrossOrgsQuery): Promise<OutliersOutput> {
    const scope = await this.scopes.resolve(user, query, 'below');
    const builder = this.dataSource
      .getRepository(ReportMetrics)
      .createQueryBuilder('m')
      .innerJoin(Org, 'o', 'o.id = m.orgId')
      .select(['m.reportId AS reportId', 'm.orgId AS orgId', 'o.name AS orgName', 'm.orgType AS orgType'])
      .addSelect(['m.districtId AS districtId', 'm.formatId AS formatId', 'm.reportYear AS year'])
      .where('m.reportYear IN (:...years)', { years: [query.year - 1, query.year] })
      .andWhere('m.state = :approved', { approved: 'approved' });
    for (const figure of REPORT_FIGURE_IDS) builder.addSelect(`m.${figure}`, figure);
    this.scopes.apply(builder, scope);
    const rows = (await builder.orderBy('o.name', 'ASC').getRawMany<Record<string, unknown>>()).map(readRow);
    const current = rows.filter((row) => row.year === query.year);
    const previousByOrg = new Map(
      rows.filter((row) => row.year === query.year - 1).map((row) => [row.orgId, row]),
    );
    return {
      year: query.year,
      items: [...jumps(current, previousByOrg), ...peerOutliers(current)],
    };
  }
}

function readRow(row: Record<string, unknown>): MetricsRow {
  return {
    reportId: Number(row.reportId),
    orgId: Number(row.orgId),
    orgName: String(row.orgName),
    orgType: String(row.orgType),
    districtId: numberOrNull(row.districtId),
    formatId: String(row.formatId) as FormatId,
    year: Number(row.year),
    figures: Object.fromEntries(REPORT_FIGURE_IDS.map((figure) => [figure, numberOrNull(row[figure])])),
  };
}

function item(
  row: MetricsRow,
  measure: Measure,
  value: number,
  fields: Pick<
    OutlierOutput,
    'kind' | 'previousValue' | 'previousReportId' | 'peerMedian' | 'zScore' | 'description'
  >,
): OutlierOutput {
  return {
    orgId: row.orgId,
    orgName: row.orgName,
    orgType: row.orgType,
    districtId: row.districtId,
    reportId: row.reportId,
    formatId: row.formatId,
    cells: measureCells(measure, row.formatId),
    year: row.year,
    measure: describeMeasure(measure),
    value,
    ...fields,
  };
}

function jumps(current: MetricsRow[], previousByOrg: Map<number, MetricsRow>): OutlierOutput[] {
  const found: OutlierOutput[] = [];
  for (const row of current) {
    const previous = previousByOrg.get(row.orgId);
    if (!previous) continue;
    for (const measure of JUMP_MEASURES) {
      const before = measureValue(measure, previous.figures);
      const now = measureValue(measure, row.figures);
      if (!isYearOverYearJump(before, now)) continue;
      const { name, unit } = describeMeasure(measure);
      found.push(
        item(row, measure, now as number, {
          kind: 'jump',
          previousValue: before,
          previousReportId: previous.reportId,
          peerMedian: null,
          zScore: null,
          description: `${row.orgName}${name}由 ${previous.year} 年的 ${before} ${unit}变为 ${row.year} 年的 ${now} ${unit}`,
        }),
      );
    }
  }
  return found;
}

function peerOutliers(current: MetricsRow[]): OutlierOutput[] {
  const found: OutlierOutput[] = [];
  for (const measure of PEER_MEASURES) {
    const valued = current.flatMap((row) => {
      const value = measureValue(measure, row.figures);
      return value === null ? [] : [{ row, reportId: row.reportId, orgType: row.orgType, value }];
    });
    const scores = peerZScores(valued);
    const medians = new Map(
      [...new Set(valued.map((entry) => entry.orgType))].map((orgType) => [
        orgType,
        describeDistribution(valued.filter((entry) => entry.orgType === orgType).map((entry) => entry.value))!
          .median,
      ]),
    );
    const { name, unit } = describeMeasure(measure);
    for (const { row, value } of valued) {
      const zScore = scores.get(row.reportId) ?? null;
      if (zScore === null || Math.abs(zScore) < OUTLIER_Z) continue;
      const median = medians.get(row.orgType) as number;
      found.push(
        item(row, measure, value, {
          kind: 'peer',
          previousValue: null,
          previousReportId: null,
          peerMedian: median,
          zScore,
          description: `${row.orgName}${name}为 ${value} ${unit}，同类单位中位数为 ${median} ${unit}（稳健 z 分数 ${zScore}）`,
        }),
      );
    }
  }
  return found;
}
