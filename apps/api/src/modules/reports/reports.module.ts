import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { Org } from '../orgs/entities/org.entity';
import { CellComment } from './entities/cell-comment.entity';
import { Report } from './entities/report.entity';
import { ReportVersion } from './entities/report-version.entity';
import { ReportAccessService } from './report-access.service';
import { ReportValidationService } from './report-validation.service';
import { ReportWorkflowController } from './report-workflow.controller';
import { ReportWorkflowService } from './report-workflow.service';
import { ReportTransitionHub } from './report-transition.hub';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([Report, ReportVersion, CellComment, Org, Campaign]), CampaignsModule],
  controllers: [ReportsController, ReportWorkflowController],
  providers: [
    ReportAccessService,
    ReportValidationService,
    ReportWorkflowService,
    ReportsService,
    ReportTransitionHub,
  ],
  exports: [
    ReportAccessService,
    ReportValidationService,
    ReportsService,
    ReportWorkflowService,
    ReportTransitionHub,
  ],
})
export class ReportsModule {}
