import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ReportListItemOutput } from '../reports/dto/report.output';
import { CampaignProgressService } from './campaign-progress.service';
import { CampaignSummaryService } from './campaign-summary.service';
import { CampaignsService } from './campaigns.service';
import { CampaignReportsQuery, SubtreeQuery } from './dto/campaign-reports.query';
import { CampaignOutput } from './dto/campaign.output';
import { CreateCampaignInput } from './dto/create-campaign.input';
import { ProgressOutput } from './dto/progress.output';
import { SummaryOutput } from './dto/summary.output';
import { UpdateCampaignInput } from './dto/update-campaign.input';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly progressService: CampaignProgressService,
    private readonly summaryService: CampaignSummaryService,
  ) {}

  @Get()
  @ApiOkResponse({ type: CampaignOutput, isArray: true })
  list(@CurrentUser() user: AuthUser): Promise<CampaignOutput[]> {
    return this.campaigns.list(user);
  }

  @Post()
  @ApiOkResponse({ type: CampaignOutput })
  create(@CurrentUser() user: AuthUser, @Body() input: CreateCampaignInput): Promise<CampaignOutput> {
    return this.campaigns.create(user, input);
  }

  @Get(':id')
  @ApiOkResponse({ type: CampaignOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<CampaignOutput> {
    return this.campaigns.findVisible(user, id);
  }

  @Put(':id')
  @ApiOkResponse({ type: CampaignOutput })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: UpdateCampaignInput,
  ): Promise<CampaignOutput> {
    return this.campaigns.update(user, id, input);
  }

  @Get(':id/reports')
  @ApiOkResponse({ type: ReportListItemOutput, isArray: true })
  reports(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: CampaignReportsQuery,
  ): Promise<ReportListItemOutput[]> {
    return this.campaigns.reports(user, id, query);
  }

  @Get(':id/progress')
  @ApiOkResponse({ type: ProgressOutput })
  async progress(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: SubtreeQuery,
  ): Promise<ProgressOutput> {
    return this.progressService.progress(user, await this.campaigns.findVisible(user, id), query.org);
  }

  @Get(':id/summary')
  @ApiOkResponse({ type: SummaryOutput })
  async summary(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: SubtreeQuery,
  ): Promise<SummaryOutput> {
    return this.summaryService.summary(user, await this.campaigns.findVisible(user, id), query.org);
  }
}
