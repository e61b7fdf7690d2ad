import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Org } from '../orgs/entities/org.entity';
import { Report } from '../reports/entities/report.entity';
import { CampaignProgressService } from './campaign-progress.service';
import { CampaignSummaryService } from './campaign-summary.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { Campaign } from './entities/campaign.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, Report, Org])],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignProgressService, CampaignSummaryService],
  exports: [CampaignSummaryService, CampaignsService],
})
export class CampaignsModule {}
