import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportsModule } from '../reports/reports.module';
import { PublicReport } from './entities/public-report.entity';
import { PublicSearchGram } from './entities/public-search-gram.entity';
import { ReportPublication } from './entities/report-publication.entity';
import { PublicCopyGeneration } from './public-copy-generation';
import { PublicCopyService } from './public-copy.service';
import { NarrativeDraftService } from './narrative-draft.service';
import { PdfRendererProvider } from './pdf-renderer.provider';
import { PreviousNarrativeService } from './previous-narrative.service';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';
import { ReportDocumentService } from './report-document.service';

/** The published report: documents rendered from the stored report, 上年文本, and publication records. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportPublication, PublicReport, PublicSearchGram]), ReportsModule],
  controllers: [PublicationController],
  providers: [
    NarrativeDraftService,
    PdfRendererProvider,
    PreviousNarrativeService,
    PublicCopyGeneration,
    PublicCopyService,
    PublicationService,
    ReportDocumentService,
  ],
  // The export jobs print their zips of documents on the same Chromium; the 年报专栏 too.
  exports: [PdfRendererProvider, PublicCopyService, PublicCopyGeneration],
})
export class PublicationModule {}
