import { Injectable } from '@nestjs/common';
import { OUTPUT_FORMATS, renderDocx, renderHtml } from '@nianbao/publish';
import type { OutputFormat, ReportDocument } from '@nianbao/publish';
import type { AuthUser } from '../auth/auth-user';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import type { Org } from '../orgs/entities/org.entity';
import type { Report } from '../reports/entities/report.entity';
import { ReportAccessService } from '../reports/report-access.service';
import { narrativeDocument } from '../reports/report-narrative';
import { reportData, ReportValidationService } from '../reports/report-validation.service';
import type { PreviousYearReport } from '../reports/report-validation.service';
import { PdfRendererProvider } from './pdf-renderer.provider';
import { PublicationException } from './publication.exception';

export interface RenderedDocument {
  fileName: string;
  content: Uint8Array;
}

/**
 * The report as published: its current values and narrative in its campaign's format; live numbers print the
 * values, and their 同比 last year's (`previous`: the same org's approved report of the year before).
 */
export function publishedDocument(
  report: Pick<Report, 'values' | 'narrative'>,
  org: Org,
  campaign: Campaign,
  previous: PreviousYearReport | null = null,
): ReportDocument {
  return narrativeDocument(
    reportData(report, org, campaign),
    report.narrative,
    previous && reportData(previous.report, org, previous.campaign),
  );
}

const isOutputFormat = (format: string): format is OutputFormat =>
  (OUTPUT_FORMATS as readonly string[]).includes(format);

/** The report as published: its current values and narrative, in the official layout (packages/publish). */
@Injectable()
export class ReportDocumentService {
  constructor(
    private readonly access: ReportAccessService,
    private readonly pdf: PdfRendererProvider,
    private readonly validation: ReportValidationService,
  ) {}

  async render(user: AuthUser, id: number, format: string): Promise<RenderedDocument> {
    const { report, org, campaign } = await this.access.findVisible(user, id);
    if (!isOutputFormat(format)) throw PublicationException.unknownFormat(format);
    const previous = await this.validation.previousYear(org, campaign);
    const document = publishedDocument(report, org, campaign, previous);
    const content =
      format === 'docx'
        ? renderDocx(document)
        : format === 'pdf'
          ? await this.pdf.render(document)
          : new TextEncoder().encode(renderHtml(document));
    return { fileName: `${document.title}.${format}`, content };
  }
}
