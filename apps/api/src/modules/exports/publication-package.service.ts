import { Injectable } from '@nestjs/common';
import { renderReportsZip } from '@nianbao/publish';
import type { OutputFormat, PdfRenderer, ReportDocument } from '@nianbao/publish';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import type { ReportProgress } from '../jobs/job-handler-registry';
import type { Org } from '../orgs/entities/org.entity';
import { PdfRendererProvider } from '../publication/pdf-renderer.provider';
import { ExportsException } from './exports.exception';
import { SubtreeReportsService } from './subtree-reports.service';

export interface PublicationPackage {
  content: Uint8Array;
  reportCount: number;
}

/** Job progress before the first report is written and after the last: loading the reports, storing the zip. */
const FIRST_PERCENT = 5;
const LAST_PERCENT = 95;

/**
 * The 公开年报包 of a 政务公开办: the finally approved reports of a subtree as published (packages/publish), one
 * folder per report, printed on the process's Chromium when PDFs are asked for.
 */
@Injectable()
export class PublicationPackageService {
  constructor(
    private readonly subtree: SubtreeReportsService,
    private readonly pdf: PdfRendererProvider,
  ) {}

  async render(
    campaign: Campaign,
    root: Org,
    formats: readonly OutputFormat[],
    progress: ReportProgress,
  ): Promise<PublicationPackage> {
    const documents = await this.subtree.approvedDocuments(campaign, root);
    if (documents.length === 0) throw ExportsException.nothingToPublish();
    await progress(FIRST_PERCENT);
    const zip = (pdf?: PdfRenderer) => this.zip(documents, formats, pdf, progress);
    const content = formats.includes('pdf') ? await this.pdf.withRenderer(zip) : await zip();
    return { content, reportCount: documents.length };
  }

  /** The zip as it is written, the job's progress moving on with each report. */
  private async zip(
    documents: ReportDocument[],
    formats: readonly OutputFormat[],
    pdf: PdfRenderer | undefined,
    progress: ReportProgress,
  ): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let written = 0;
    let reported = 0;
    const onProgress = ({ done }: { done: number }) => (written = done);
    for await (const chunk of renderReportsZip(documents, { formats, pdf, onProgress })) {
      chunks.push(chunk);
      if (written > reported) {
        reported = written;
        await progress(
          FIRST_PERCENT + Math.floor(((LAST_PERCENT - FIRST_PERCENT) * written) / documents.length),
        );
      }
    }
    return Buffer.concat(chunks);
  }
}
