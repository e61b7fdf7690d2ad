import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  checkReportDocument,
  OUTPUT_FORMATS,
  type OutputFormat,
  PdfRenderer,
  renderDocx,
  renderHtml,
  renderPdf,
  renderReportsZip,
  type ReportDocument,
} from '@nianbao/publish';

async function renderOne(document: ReportDocument, format: OutputFormat): Promise<Uint8Array | string> {
  if (format === 'docx') return renderDocx(document);
  if (format === 'html') return renderHtml(document);
  return renderPdf(document);
}

/** One report in one format. */
export async function writeRendered(
  document: ReportDocument,
  format: OutputFormat,
  path: string,
): Promise<void> {
  await writeFile(path, await renderOne(document, format));
}

/** Streamed to the file as the reports are printed, so a district's zip never sits in memory whole. */
export async function writeRenderedZip(documents: ReportDocument[], path: string): Promise<void> {
  const pdf = await PdfRenderer.launch();
  try {
    await pipeline(
      Readable.from(renderReportsZip(documents, { formats: OUTPUT_FORMATS, pdf })),
      createWriteStream(path),
    );
  } finally {
    await pdf.close();
  }
}

/** Findings of the narrative checks, so a mismatch is seen before the report is published. */
export function renderWarnings(document: ReportDocument): string[] {
  return checkReportDocument(document)
    .filter((finding) => finding.severity !== 'INFO')
    .map((finding) => `提示（${document.title}）：${finding.message}\n`);
}
