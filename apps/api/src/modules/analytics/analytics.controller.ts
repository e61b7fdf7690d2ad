import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendDownload, XLSX_MIME } from '../../common/send-download';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { AnalyticsExportsService } from './analytics-exports.service';
import { AnalyticsOutliersService } from './analytics-outliers.service';
import { AnalyticsRankingService } from './analytics-ranking.service';
import { AnalyticsScorecardService } from './analytics-scorecard.service';
import { AnalyticsTimelineService } from './analytics-timeline.service';
import { AnalyticsTrendService } from './analytics-trend.service';
import { RankingQuery, TimelineQuery, TrendQuery, YearAcrossOrgsQuery } from './dto/analytics.query';
import {
  OutliersOutput,
  RankingOutput,
  ScorecardOutput,
  TimelineOutput,
  TrendOutput,
} from './dto/analytics.output';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly trends: AnalyticsTrendService,
    private readonly rankings: AnalyticsRankingService,
    private readonly outlierFinder: AnalyticsOutliersService,
    private readonly timelines: AnalyticsTimelineService,
    private readonly scorecards: AnalyticsScorecardService,
    private readonly exports: AnalyticsExportsService,
  ) {}

  @Get('trend')
  @ApiOkResponse({ type: TrendOutput, description: '历年趋势：辖区合计（与汇总同口径）或单位本级' })
  trend(@CurrentUser() user: AuthUser, @Query() query: TrendQuery): Promise<TrendOutput> {
    return this.trends.trend(user, query);
  }

  @Get('ranking')
  @ApiOkResponse({ type: RankingOutput, description: '某年度各单位某指标的排名、分布和异常值' })
  ranking(@CurrentUser() user: AuthUser, @Query() query: RankingQuery): Promise<RankingOutput> {
    return this.rankings.ranking(user, query);
  }

  @Get('outliers')
  @ApiOkResponse({ type: OutliersOutput, description: '同比大幅变化和偏离同类单位的数值' })
  outliers(@CurrentUser() user: AuthUser, @Query() query: YearAcrossOrgsQuery): Promise<OutliersOutput> {
    return this.outlierFinder.outliers(user, query);
  }

  @Get('outliers.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '异常值 Excel' })
  async outliersWorkbook(
    @CurrentUser() user: AuthUser,
    @Query() query: YearAcrossOrgsQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.exports.outliers(user, query);
    sendDownload(response, fileName, content);
  }

  @Get('timeline')
  @ApiOkResponse({ type: TimelineOutput, description: '填报任务逐日提交、通过（燃尽）与各环节退回' })
  timeline(@CurrentUser() user: AuthUser, @Query() query: TimelineQuery): Promise<TimelineOutput> {
    return this.timelines.timeline(user, query);
  }

  @Get('scorecard')
  @ApiOkResponse({ type: ScorecardOutput, description: '年报质量评分（含权重）和排名' })
  scorecard(@CurrentUser() user: AuthUser, @Query() query: YearAcrossOrgsQuery): Promise<ScorecardOutput> {
    return this.scorecards.scorecard(user, query);
  }

  @Get('scorecard.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '年报质量评分 Excel' })
  async scorecardWorkbook(
    @CurrentUser() user: AuthUser,
    @Query() query: YearAcrossOrgsQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.exports.scorecard(user, query);
    sendDownload(response, fileName, content);
  }
}
