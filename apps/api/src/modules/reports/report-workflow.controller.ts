import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WorkflowAction } from '@nianbao/workflow';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ReportOutput } from './dto/report.output';
import { TransitionInput } from './dto/transition.input';
import { ReportWorkflowService } from './report-workflow.service';
import { ReportsService } from './reports.service';

/** One route per workflow action; the workflow package decides whether it is allowed. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:id')
export class ReportWorkflowController {
  constructor(
    private readonly workflow: ReportWorkflowService,
    private readonly reports: ReportsService,
  ) {}

  @Post('submit')
  @HttpCode(200)
  @ApiOperation({ summary: '提交（服务器重新校验：有强制性错误或未说明的提示性问题时拒绝）' })
  @ApiOkResponse({ type: ReportOutput })
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: TransitionInput,
  ): Promise<ReportOutput> {
    return this.act(user, id, 'submit', input);
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: '审核通过 / 审批通过' })
  @ApiOkResponse({ type: ReportOutput })
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: TransitionInput,
  ): Promise<ReportOutput> {
    return this.act(user, id, 'approve', input);
  }

  @Post('return')
  @HttpCode(200)
  @ApiOperation({ summary: '退回给填报人（须填写意见）' })
  @ApiOkResponse({ type: ReportOutput })
  return(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: TransitionInput,
  ): Promise<ReportOutput> {
    return this.act(user, id, 'return', input);
  }

  @Post('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '填报人撤回（下一位处理人操作之前）' })
  @ApiOkResponse({ type: ReportOutput })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: TransitionInput,
  ): Promise<ReportOutput> {
    return this.act(user, id, 'withdraw', input);
  }

  @Post('reopen')
  @HttpCode(200)
  @ApiOperation({ summary: '重新打开已通过的报告（须填写意见），退回填报人' })
  @ApiOkResponse({ type: ReportOutput })
  reopen(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: TransitionInput,
  ): Promise<ReportOutput> {
    return this.act(user, id, 'reopen', input);
  }

  private async act(
    user: AuthUser,
    id: number,
    action: WorkflowAction,
    input: TransitionInput,
  ): Promise<ReportOutput> {
    return this.reports.describe(user, await this.workflow.act(user, id, action, input));
  }
}
