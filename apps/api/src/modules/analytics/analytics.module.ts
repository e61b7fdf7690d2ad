import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ReportsModule } from '../reports/reports.module';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsExportsService } from './analytics-exports.service';
import { AnalyticsMetricsService } from './analytics-metrics.service';
import { AnalyticsOutliersService } from './analytics-outliers.service';
import { AnalyticsRankingService } from './analytics-ranking.service';
import { AnalyticsScopeService } from './analytics-scope.service';
import { AnalyticsScorecardService } from './analytics-scorecard.service';
import { AnalyticsTimelineService } from './analytics-timeline.service';
import { AnalyticsTrendService } from './analytics-trend.service';
import { ReportMetrics } from './entities/report-metrics.entity';

/** 年报数据分析: per-report summary rows kept in step with the workflow, and the aggregates over them. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportMetrics]), ReportsModule, CampaignsModule],
  controllers: [AnalyticsController],
  providers: [
    AnalyticsExportsService,
    AnalyticsMetricsService,
    AnalyticsOutliersService,
    AnalyticsRankingService,
    AnalyticsScopeService,
    AnalyticsScorecardService,
    AnalyticsTimelineService,
    AnalyticsTrendService,
  ],
  // The history import refreshes the rows of the reports it stores.
  exports: [AnalyticsMetricsService],
})
export class AnalyticsModule {}
