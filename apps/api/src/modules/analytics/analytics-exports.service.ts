import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AnalyticsOutliersService } from './analytics-outliers.service';
import { AnalyticsScopeService } from './analytics-scope.service';
import { AnalyticsScorecardService } from './analytics-scorecard.service';
import { outliersWorkbook, scorecardWorkbook } from './analytics-workbooks';
import type { YearAcrossOrgsQuery } from './dto/analytics.query';

export interface AnalyticsDownload {
  fileName: string;
  content: Uint8Array;
}

/** The outliers and the scorecard as Excel, with the same scope and filters as on screen. */
@Injectable()
export class AnalyticsExportsService {
  constructor(
    private readonly scopes: AnalyticsScopeService,
    private readonly outlierFinder: AnalyticsOutliersService,
    private readonly scorecards: AnalyticsScorecardService,
  ) {}

  async outliers(user: AuthUser, query: YearAcrossOrgsQuery): Promise<AnalyticsDownload> {
    const { root } = await this.scopes.resolve(user, query, 'below');
    const content = await outliersWorkbook(await this.outlierFinder.outliers(user, query), root.name);
    return { fileName: `${root.name}${query.year}年度年报数据异常值.xlsx`, content };
  }

  async scorecard(user: AuthUser, query: YearAcrossOrgsQuery): Promise<AnalyticsDownload> {
    const { root } = await this.scopes.resolve(user, query, 'below');
    const content = await scorecardWorkbook(await this.scorecards.scorecard(user, query), root.name);
    return { fileName: `${root.name}${query.year}年度年报质量评分.xlsx`, content };
  }
}
