import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PublicationModule } from '../publication/publication.module';
import { ReportsModule } from '../reports/reports.module';
import { CampaignExportProcessor } from './campaign-export.processor';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { PublicationPackageService } from './publication-package.service';
import { SubtreeReportsService } from './subtree-reports.service';

/** Templates and single reports at once; campaign-wide workbooks and the 公开年报包 through jobs. */
@Module({
  imports: [ReportsModule, CampaignsModule, PublicationModule],
  controllers: [ExportsController],
  providers: [ExportsService, SubtreeReportsService, CampaignExportProcessor, PublicationPackageService],
})
export class ExportsModule {}
