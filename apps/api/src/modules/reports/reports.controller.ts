import { Body, Controller, Get, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { CreateCommentInput } from './dto/create-comment.input';
import { CellCommentOutput, ReportHistoryOutput } from './dto/history.output';
import { ReportOutput } from './dto/report.output';
import { CurrentVersionInput } from './dto/current-version.input';
import { SaveReportInput } from './dto/save-report.input';
import { ValidationOutput } from './dto/validation.output';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reportsService: ReportsService) {}

  @Get(':id')
  @ApiOkResponse({ type: ReportOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<ReportOutput> {
    return this.reportsService.get(user, id);
  }

  @Put(':id')
  @ApiOkResponse({ type: ReportOutput, description: '每次保存生成一个新版本' })
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: SaveReportInput,
  ): Promise<ReportOutput> {
    return this.reportsService.save(user, id, input);
  }

  @Get(':id/history')
  @ApiOkResponse({ type: ReportHistoryOutput })
  history(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<ReportHistoryOutput> {
    return this.reportsService.history(user, id);
  }

  @Post(':id/versions/:version/restore')
  @ApiOkResponse({ type: ReportOutput, description: '以该版本的内容生成一个新版本' })
  restore(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('version', ParseIntPipe) version: number,
    @Body() input: CurrentVersionInput,
  ): Promise<ReportOutput> {
    return this.reportsService.restore(user, id, version, input.version);
  }

  @Post(':id/prefill-from-summary')
  @ApiOkResponse({ type: ReportOutput, description: '以下级单位已通过报告的汇总数填入本报告（生成新版本）' })
  prefill(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: CurrentVersionInput,
  ): Promise<ReportOutput> {
    return this.reportsService.prefillFromSummary(user, id, input.version);
  }

  @Get(':id/validation')
  @ApiOkResponse({ type: ValidationOutput })
  validation(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<ValidationOutput> {
    return this.reportsService.validate(user, id);
  }

  @Get(':id/comments')
  @ApiOkResponse({ type: CellCommentOutput, isArray: true })
  comments(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CellCommentOutput[]> {
    return this.reportsService.comments(user, id);
  }

  @Post(':id/comments')
  @ApiOkResponse({ type: CellCommentOutput })
  addComment(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: CreateCommentInput,
  ): Promise<CellCommentOutput> {
    return this.reportsService.addComment(user, id, input);
  }
}
