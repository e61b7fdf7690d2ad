import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Res,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { sendDownload } from '../../common/send-download';
import { UploadThrottlerGuard } from '../../common/throttling/upload-throttler.guard';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ConfirmFilesInput } from './dto/confirm-files.input';
import {
  ConfirmHistoryOutput,
  HistoryImportAcceptedOutput,
  HistoryImportFileOutput,
  HistoryImportListItemOutput,
  HistoryImportOutput,
} from './dto/history-import.output';
import { ReviewFileInput } from './dto/review-file.input';
import { HistoryImportService, MAX_UPLOADS } from './history-import.service';
import { HistoryStoreService } from './history-store.service';

/** A source file as it was published: its type is whatever the agency's website served. */
const SOURCE_MIME = 'application/octet-stream';

@ApiTags('history-import')
@ApiBearerAuth()
@Controller()
export class HistoryImportController {
  constructor(
    private readonly imports: HistoryImportService,
    private readonly store: HistoryStoreService,
  ) {}

  @Post('history-imports')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: '已发布的历史年报：网页、PDF、Word、文本、Excel 文件，或装有它们的 .zip（可多选）',
    schema: {
      type: 'object',
      properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
    },
  })
  @ApiAcceptedResponse({
    type: HistoryImportAcceptedOutput,
    description: '文件在后台逐个读取，完成后逐个确认',
  })
  @UseGuards(UploadThrottlerGuard)
  @UseInterceptors(FilesInterceptor('files', MAX_UPLOADS))
  start(
    @CurrentUser() user: AuthUser,
    @UploadedFiles() files: Express.Multer.File[] | undefined,
  ): Promise<HistoryImportAcceptedOutput> {
    return this.imports.start(user, files);
  }

  @Get('history-imports')
  @ApiOkResponse({ type: HistoryImportListItemOutput, isArray: true })
  list(@CurrentUser() user: AuthUser): Promise<HistoryImportListItemOutput[]> {
    return this.imports.list(user);
  }

  @Get('history-imports/:id')
  @ApiOkResponse({ type: HistoryImportOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<HistoryImportOutput> {
    return this.imports.get(user, id);
  }

  @Put('history-imports/:id/files/:fileId')
  @ApiOkResponse({ type: HistoryImportFileOutput })
  review(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('fileId', ParseIntPipe) fileId: number,
    @Body() input: ReviewFileInput,
  ): Promise<HistoryImportFileOutput> {
    return this.imports.review(user, id, fileId, input);
  }

  @Post('history-imports/:id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ConfirmHistoryOutput })
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: ConfirmFilesInput,
  ): Promise<ConfirmHistoryOutput> {
    return this.store.confirm(user, id, input.fileIds);
  }

  @Get('history-imports/:id/files/:fileId/source')
  @ApiProduces(SOURCE_MIME)
  @ApiOkResponse({ description: '上传的原始文件' })
  async source(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('fileId', ParseIntPipe) fileId: number,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.imports.sourceFile(user, id, fileId);
    sendDownload(response, file.fileName, file.content, SOURCE_MIME);
  }

  @Get('reports/:id/source-file')
  @ApiProduces(SOURCE_MIME)
  @ApiOkResponse({ description: '导入的历史年报所读取的原始文件（网页、PDF、Word 等）' })
  async reportSource(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.imports.reportSourceFile(user, id);
    sendDownload(response, file.fileName, file.content, SOURCE_MIME);
  }
}
