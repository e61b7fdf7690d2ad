import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportsModule } from '../reports/reports.module';
import { ReportPublication } from './entities/report-publication.entity';
import { PdfRendererProvider } from './pdf-renderer.provider';
import { PreviousNarrativeService } from './previous-narrative.service';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';
import { ReportDocumentService } from './report-document.service';

/** The published report: documents rendered from the stored report, 上年文本, and publication records. */
@Module({
  imports: [TypeOrmModule.forFeature([ReportPublication]), ReportsModule],
  controllers: [PublicationController],
  providers: [PdfRendererProvider, PreviousNarrativeService, PublicationService, ReportDocumentService],
  // The export jobs print their zips of documents on the same Chromium.
  exports: [PdfRendererProvider],
})
export class PublicationModule {}
