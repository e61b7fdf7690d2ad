import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { JobStatusOutput } from './dto/job-status.output';
import { JobsService } from './jobs.service';
import { sendDownload, XLSX_MIME, ZIP_MIME } from '../../common/send-download';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobsService: JobsService) {}

  @Get(':id')
  @ApiOkResponse({ type: JobStatusOutput })
  async status(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<JobStatusOutput> {
    const {
      id: jobId,
      name,
      state,
      progress,
      result,
      failedReason,
      attemptsMade,
    } = await this.jobsService.status(user, id);
    return { id: jobId, name, state, progress, result, failedReason, attemptsMade };
  }

  @Get(':id/download')
  @ApiProduces(XLSX_MIME, ZIP_MIME)
  @ApiOkResponse({ description: '导出任务生成的工作簿，或公开年报包（zip）' })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.jobsService.download(user, id);
    sendDownload(response, file.fileName, file.content);
  }
}
