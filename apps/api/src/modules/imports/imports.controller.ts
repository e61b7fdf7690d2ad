import {
  Controller,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { UploadThrottlerGuard } from '../../common/throttling/upload-throttler.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { JobAcceptedOutput } from '../jobs/dto/job-status.output';
import { ReportImportService } from './report-import.service';

const FILE_BODY = (description: string) => ({
  description,
  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
});

@ApiTags('imports')
@ApiBearerAuth()
@Controller()
export class ImportsController {
  constructor(private readonly imports: ReportImportService) {}

  @Post('reports/:id/import')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY('Excel 模板（.xlsx）或已发布的年度报告（.docx、.html、.txt、.pdf），类型按内容识别'))
  @ApiAcceptedResponse({
    type: JobAcceptedOutput,
    description: '导入在后台进行，结果为新的草稿版本和问题清单',
  })
  @UseGuards(UploadThrottlerGuard)
  @UseInterceptors(FileInterceptor('file'))
  async importReport(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<JobAcceptedOutput> {
    return { jobId: await this.imports.enqueueReportImport(user, id, file) };
  }

  @Post('campaigns/:id/import')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY('装有多个 .xlsx 工作簿的 .zip；按工作簿中的填报单位名称对应到单位'))
  @ApiAcceptedResponse({ type: JobAcceptedOutput, description: '结果逐个文件列出' })
  @UseGuards(UploadThrottlerGuard)
  @UseInterceptors(FileInterceptor('file'))
  async importBatch(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<JobAcceptedOutput> {
    return { jobId: await this.imports.enqueueBatchImport(user, id, file) };
  }
}
