import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RemindersModule } from './modules/reminders/reminders.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { ImportsModule } from './modules/imports/imports.module';
import { HistoryImportModule } from './modules/history-import/history-import.module';
import { ExportsModule } from './modules/exports/exports.module';
import { ThrottlingModule } from './common/throttling/throttling.module';
import { AppConfigModule } from './config/app-config.module';
import { ConfigVariables } from './config/config-variables';
import { prepareDatabaseOptions } from './config/database-options';
import { DemoDataModule } from './database/seeds/demo-data.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { HealthModule } from './modules/health/health.module';
import { OrgScopeModule } from './modules/orgs/org-scope.module';
import { OrgsModule } from './modules/orgs/orgs.module';
import { PublicationModule } from './modules/publication/publication.module';
import { PublicSiteModule } from './modules/public-site/public-site.module';
import { ReportsModule } from './modules/reports/reports.module';
import { UsersModule } from './modules/users/users.module';
import { WechatModule } from './modules/wechat/wechat.module';
import { WorkAppModule } from './modules/work-app/work-app.module';
import { LoggingModule } from './observability/logging.module';

const FEATURE_MODULES = [
  OrgScopeModule,
  AuditModule,
  AuthModule,
  HealthModule,
  OrgsModule,
  UsersModule,
  CampaignsModule,
  ReportsModule,
  PublicationModule,
  PublicSiteModule,
  WechatModule,
  ImportsModule,
  HistoryImportModule,
  ExportsModule,
  NotificationsModule,
  RemindersModule,
  WorkAppModule,
  AnalyticsModule,
  DemoDataModule,
];

@Module({})
export class AppModule {
  /** `overrides` take precedence over environment variables (tests point the app at their own database this way). */
  static register(overrides: Record<string, string> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.register(overrides),
        LoggingModule,
        ThrottlingModule,
        TypeOrmModule.forRootAsync({ inject: [ConfigVariables], useFactory: prepareDatabaseOptions }),
        JobsModule.register({ withRedis: Boolean(overrides.REDIS_URL ?? process.env.REDIS_URL) }),
        ...FEATURE_MODULES,
      ],
    };
  }
}
