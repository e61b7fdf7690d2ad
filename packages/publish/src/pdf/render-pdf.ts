import type { ReportDocument } from '../document/report-document';
import { renderHtml } from '../html/render-html';
import { PdfRenderer } from './pdf-renderer';

/** One report as an A4 PDF printed from its web page; for many reports keep one `PdfRenderer` open instead. */
export async function renderPdf(document: ReportDocument, renderer?: PdfRenderer): Promise<Uint8Array> {
  const own = renderer ?? (await PdfRenderer.launch());
  try {
    return await own.render(renderHtml(document));
  } finally {
    if (!renderer) await own.close();
  }
}
