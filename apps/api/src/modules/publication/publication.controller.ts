import { Body, Controller, Delete, Get, Param, ParseIntPipe, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { NarrativeDraftOutput } from './dto/narrative-draft.output';
import { NarrativeDraftQuery } from './dto/narrative-draft.query';
import { PreviousNarrativeOutput } from './dto/previous-narrative.output';
import { PublicationOutput } from './dto/publication.output';
import { RecordPublicationInput } from './dto/record-publication.input';
import { NarrativeDraftService } from './narrative-draft.service';
import { PreviousNarrativeService } from './previous-narrative.service';
import { PublicationService } from './publication.service';
import { ReportDocumentService } from './report-document.service';
import { DOCX_MIME, HTML_MIME, PDF_MIME, sendDownload } from '../../common/send-download';

@ApiTags('publication')
@ApiBearerAuth()
@Controller('reports')
export class PublicationController {
  constructor(
    private readonly documents: ReportDocumentService,
    private readonly publications: PublicationService,
    private readonly previous: PreviousNarrativeService,
    private readonly drafts: NarrativeDraftService,
  ) {}

  @Get(':id/document.:format')
  @ApiProduces(DOCX_MIME, PDF_MIME, HTML_MIME)
  @ApiOkResponse({ description: '按正式格式生成的年度报告：format 为 docx（Word）、pdf 或 html（网页）' })
  async document(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('format') format: string,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.documents.render(user, id, format);
    sendDownload(response, fileName, content);
  }

  @Get(':id/previous-narrative')
  @ApiOkResponse({ type: PreviousNarrativeOutput, description: '上年文本：本单位上年已通过报告的正文' })
  previousNarrative(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<PreviousNarrativeOutput> {
    return this.previous.previousNarrative(user, id);
  }

  @Get(':id/narrative-draft')
  @ApiOkResponse({
    type: NarrativeDraftOutput,
    description: '生成初稿：按统计表（和上年报告）写出总体情况的标准段落，数字均引用统计表；只是建议，不保存',
  })
  narrativeDraft(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: NarrativeDraftQuery,
  ): Promise<NarrativeDraftOutput> {
    return this.drafts.draft(user, id, query.variant ?? 0);
  }

  @Get(':id/publication')
  @ApiOkResponse({ type: PublicationOutput })
  publication(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<PublicationOutput> {
    return this.publications.status(user, id);
  }

  @Put(':id/publication')
  @ApiOkResponse({ type: PublicationOutput, description: '登记（或更正）发布日期和网址；报告须已终审通过' })
  recordPublication(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: RecordPublicationInput,
  ): Promise<PublicationOutput> {
    return this.publications.record(user, id, input);
  }

  @Delete(':id/publication')
  @ApiOkResponse({
    type: PublicationOutput,
    description: '撤下已发布的报告：年报专栏中该报告的网址此后返回 410',
  })
  withdrawPublication(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<PublicationOutput> {
    return this.publications.withdraw(user, id);
  }
}
