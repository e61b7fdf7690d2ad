import { Injectable } from '@nestjs/common';
import { renderDocx } from '@nianbao/publish';
import type { ReportDocument } from '@nianbao/publish';
import type { PublicReport } from '../publication/entities/public-report.entity';
import { PdfRendererProvider } from '../publication/pdf-renderer.provider';

/** PDFs kept per process: printing one takes Chromium a few hundred ms, and readers ask for the same few reports. */
const PDF_CACHE_SIZE = 32;

/** Word and PDF files of published copies, from the same renderers as the admin app's downloads. */
@Injectable()
export class PublicDocumentsService {
  private readonly pdfs = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly pdf: PdfRendererProvider) {}

  docx(document: ReportDocument): Uint8Array {
    return renderDocx(document);
  }

  /** A copy is printed once per version of it (a new publication writes a new snapshotAt). */
  pdfOf(copy: PublicReport, document: ReportDocument): Promise<Uint8Array> {
    const key = `${copy.reportId}:${new Date(copy.snapshotAt).getTime()}`;
    const cached = this.pdfs.get(key);
    if (cached) return cached;
    const printing = this.pdf.render(document);
    printing.catch(() => this.pdfs.delete(key));
    this.pdfs.set(key, printing);
    // Oldest first out: a Map keeps insertion order.
    if (this.pdfs.size > PDF_CACHE_SIZE) this.pdfs.delete(this.pdfs.keys().next().value!);
    return printing;
  }
}
