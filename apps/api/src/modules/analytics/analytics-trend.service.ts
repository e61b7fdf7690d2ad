import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REPORT_FIGURE_IDS, REPORT_SHARES, sharePercent } from '@nianbao/rules';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ALL_MEASURES, describeMeasure, numberOrNull } from './analytics-measures';
import { AnalyticsScopeService } from './analytics-scope.service';
import type { TrendQuery } from './dto/analytics.query';
import type { TrendOutput, TrendYearOutput } from './dto/analytics.output';
import { ReportMetrics } from './entities/report-metrics.entity';

/**
 * Every figure over the years, for a jurisdiction (the approved reports strictly below the org — the 汇总's
 * reports) or for one org's own reports: one GROUP BY over the summary rows.
 */
@Injectable()
export class AnalyticsTrendService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: AnalyticsScopeService,
  ) {}

  async trend(user: AuthUser, query: TrendQuery): Promise<TrendOutput> {
    const of = query.of ?? 'jurisdiction';
    const scope = await this.scopes.resolve(user, query, of === 'org' ? 'own' : 'below');
    const builder = this.dataSource
      .getRepository(ReportMetrics)
      .createQueryBuilder('m')
      .select('m.reportYear', 'year')
      .addSelect('m.formatId', 'formatId')
      .addSelect('COUNT(*)', 'reportCount')
      .where('m.state = :approved', { approved: 'approved' });
    for (const figure of REPORT_FIGURE_IDS)
      builder.addSelect(`SUM(m.${figure})`, `sum_${figure}`).addSelect(`COUNT(m.${figure})`, `n_${figure}`);
    if (query.from !== undefined) builder.andWhere('m.reportYear >= :from', { from: query.from });
    if (query.to !== undefined) builder.andWhere('m.reportYear <= :to', { to: query.to });
    this.scopes.apply(builder, scope);
    const rows = await builder
      .groupBy('m.reportYear')
      .addGroupBy('m.formatId')
      .orderBy('m.reportYear', 'ASC')
      .getRawMany<Record<string, unknown>>();

    const years = new Map<number, TrendYearOutput>();
    for (const row of rows) {
      const year = Number(row.year);
      let entry = years.get(year);
      if (!entry) {
        entry = { year, reportCount: 0, formatIds: [], values: {}, contributors: {}, shares: {} };
        for (const figure of REPORT_FIGURE_IDS) {
          entry.values[figure] = null;
          entry.contributors[figure] = 0;
        }
        years.set(year, entry);
      }
      entry.reportCount += Number(row.reportCount);
      entry.formatIds.push(String(row.formatId));
      for (const figure of REPORT_FIGURE_IDS) {
        const contributors = Number(row[`n_${figure}`]);
        if (contributors === 0) continue;
        entry.contributors[figure] += contributors;
        entry.values[figure] = roundSum(
          (entry.values[figure] ?? 0) + (numberOrNull(row[`sum_${figure}`]) ?? 0),
        );
      }
    }
    for (const entry of years.values())
      for (const share of REPORT_SHARES)
        entry.shares[share.id] = sharePercent(entry.values[share.part], entry.values[share.whole]);
    return {
      orgId: scope.root.id,
      orgName: scope.root.name,
      of,
      measures: ALL_MEASURES.map(describeMeasure),
      years: [...years.values()],
    };
  }
}

/** 万元 sums carry float noise from the driver; four decimals is 1 元. */
function roundSum(value: number): number {
  return Math.round(value * 10000) / 10000;
}
