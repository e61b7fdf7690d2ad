import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ConfigVariables } from '../../config/config-variables';
import { AnalyticsModule } from '../analytics/analytics.module';
import { ReportsModule } from '../reports/reports.module';
import { HistoryImportController } from './history-import.controller';
import { HistoryImportService, MAX_UPLOADS } from './history-import.service';
import { HistoryOrgsService } from './history-orgs.service';
import { HistorySourceFilesRepository } from './history-source-files.repository';
import { HistoryStoreService } from './history-store.service';
import { HistoryImportProcessor } from './jobs/history-import.processor';

/** History import: past published reports uploaded, read by a job, reviewed, and stored as read-only history. */
@Module({
  imports: [
    ReportsModule,
    AnalyticsModule,
    MulterModule.registerAsync({
      inject: [ConfigVariables],
      useFactory: (config: ConfigVariables) => ({
        limits: { fileSize: config.UPLOAD_MAX_BYTES, files: MAX_UPLOADS },
      }),
    }),
  ],
  controllers: [HistoryImportController],
  providers: [
    HistoryImportService,
    HistoryStoreService,
    HistoryOrgsService,
    HistorySourceFilesRepository,
    HistoryImportProcessor,
  ],
})
export class HistoryImportModule {}
