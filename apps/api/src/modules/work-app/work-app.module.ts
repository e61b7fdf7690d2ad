import { Module } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import { ConfigVariables } from '../../config/config-variables';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportsModule } from '../reports/reports.module';
import { WorkAppAuthController } from './auth/work-app-auth.controller';
import { WorkAppAuthService } from './auth/work-app-auth.service';
import { BindingImportController } from './bindings/binding-import.controller';
import { BindingImportService } from './bindings/binding-import.service';
import { WorkAppBindingsController } from './bindings/work-app-bindings.controller';
import { WorkAppBindingsService } from './bindings/work-app-bindings.service';
import { WorkAppCallbackController } from './callback/work-app-callback.controller';
import { WorkAppCallbackService } from './callback/work-app-callback.service';
import { MemoryTokenStore, RedisTokenStore, WorkAppTokenStore } from './client/work-app-token.store';
import { WorkAppClient } from './client/work-app.client';
import { WorkAppConfigController } from './config/work-app-config.controller';
import { WorkAppConfigService } from './config/work-app-config.service';
import { SecretBoxProvider } from './crypto/secret-box.provider';
import { ApprovalCardsService } from './messages/approval-cards.service';
import { MessageRecorder } from './messages/message-recorder';
import { WorkAppNoticesService } from './messages/work-app-notices.service';

/** Tokens in Redis when there is one (shared by every process), else in this process's memory. */
const tokenStore: Provider = {
  provide: WorkAppTokenStore,
  inject: [ConfigVariables],
  useFactory: (config: ConfigVariables): WorkAppTokenStore =>
    config.REDIS_URL ? new RedisTokenStore(config.REDIS_URL, config.JOBS_PREFIX) : new MemoryTokenStore(),
};

/**
 * 企业微信 / 政务微信: each city's app (secrets sealed at rest), users' accounts there, approval cards whose 同意
 * fires the workflow through the signed and encrypted callback, and reminders sent through the app.
 */
@Module({
  imports: [ReportsModule, AuthModule, NotificationsModule],
  controllers: [
    WorkAppConfigController,
    WorkAppBindingsController,
    BindingImportController,
    WorkAppCallbackController,
    WorkAppAuthController,
  ],
  providers: [
    tokenStore,
    SecretBoxProvider,
    WorkAppClient,
    WorkAppConfigService,
    WorkAppBindingsService,
    BindingImportService,
    WorkAppCallbackService,
    WorkAppAuthService,
    MessageRecorder,
    ApprovalCardsService,
    WorkAppNoticesService,
  ],
})
export class WorkAppModule {}
