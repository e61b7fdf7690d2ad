import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { JobAcceptedOutput } from '../jobs/dto/job-status.output';
import { sendDownload, XLSX_MIME } from '../../common/send-download';
import { CreateExportInput } from './dto/create-export.input';
import { TemplateQuery } from './dto/template.query';
import { ExportsService } from './exports.service';

@ApiTags('exports')
@ApiBearerAuth()
@Controller()
export class ExportsController {
  constructor(private readonly exportsService: ExportsService) {}

  @Get('templates/:format.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: 'Excel 填报模板（format 为 2021、2019 或 legacy）' })
  async template(
    @CurrentUser() user: AuthUser,
    @Param('format') format: string,
    @Query() query: TemplateQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.exportsService.template(user, format, query.org, query.year);
    sendDownload(response, fileName, content);
  }

  @Get('reports/:id/export.xlsx')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: '本报告当前版本的 Excel 工作簿（可再导入）' })
  async report(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.exportsService.report(user, id);
    sendDownload(response, fileName, content);
  }

  @Post('campaigns/:id/exports')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: JobAcceptedOutput, description: '完成后用 GET /api/jobs/{id}/download 下载' })
  async enqueue(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: CreateExportInput,
  ): Promise<JobAcceptedOutput> {
    return { jobId: await this.exportsService.enqueue(user, id, input) };
  }
}
