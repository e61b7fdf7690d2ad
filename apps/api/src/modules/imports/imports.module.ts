import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ConfigVariables } from '../../config/config-variables';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ReportsModule } from '../reports/reports.module';
import { BatchImportProcessor } from './batch-import.processor';
import { ImportsController } from './imports.controller';
import { ReportImportProcessor } from './report-import.processor';
import { ReportImportService } from './report-import.service';

/** Uploads of report files and zips of workbooks, imported by jobs. */
@Module({
  imports: [
    ReportsModule,
    CampaignsModule,
    MulterModule.registerAsync({
      inject: [ConfigVariables],
      useFactory: (config: ConfigVariables) => ({ limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1 } }),
    }),
  ],
  controllers: [ImportsController],
  providers: [ReportImportService, ReportImportProcessor, BatchImportProcessor],
})
export class ImportsModule {}
