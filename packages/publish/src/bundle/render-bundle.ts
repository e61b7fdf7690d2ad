import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ReportDocument } from '../document/report-document';
import { renderDocx } from '../docx/render-docx';
import { renderHtml } from '../html/render-html';
import type { PdfRenderer } from '../pdf/pdf-renderer';

export type OutputFormat = 'docx' | 'html' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'html', 'pdf'];

export interface RenderBundleOptions {
  formats: readonly OutputFormat[];
  /** Needed when `formats` includes pdf; one open renderer serves every zip (no Chromium start per job). */
  pdf?: PdfRenderer;
}

export interface ZipProgress {
  /** Reports written to the zip so far. */
  done: number;
  total: number;
  /** The report just written. */
  title: string;
}

export interface RenderReportsZipOptions extends RenderBundleOptions {
  /** Called after each report's files are in the zip, in the order of `documents`. */
  onProgress?: (progress: ZipProgress) => void;
}

/** Characters Windows and zip tools refuse in a file name. */
const fileNameOf = (title: string) => title.replace(/[\\/:*?"<>|\s]+/g, '_') || '年度报告';

/** One folder per report; a second report of the same title gets `_2`. */
function folderNames(documents: readonly ReportDocument[]): { folder: string; base: string }[] {
  const used = new Map<string, number>();
  return documents.map((document) => {
    const base = fileNameOf(document.title);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { folder: count > 1 ? `${base}_${count}` : base, base };
  });
}

/** Word and PDF files are compressed already, so they are stored as they are. */
function addFile(zip: Zip, path: string, data: Uint8Array, isCompressed: boolean) {
  const file = isCompressed ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
  zip.add(file);
  file.push(data, true);
}

/**
 * Many reports as one zip (a district's package for its website): one folder per report holding the requested
 * formats, yielded as zip chunks while the reports are rendered — pipe it to a file or a response
 * (`Readable.from(renderReportsZip(…))`); memory holds only the reports being printed, not the whole zip. PDFs print
 * on the renderer's pages in parallel, a few reports ahead of the one being written, while Node renders the Word and
 * HTML files.
 */
export async function* renderReportsZip(
  documents: readonly ReportDocument[],
  options: RenderReportsZipOptions,
): AsyncGenerator<Uint8Array> {
  const pdf = options.formats.includes('pdf') ? options.pdf : undefined;
  if (options.formats.includes('pdf') && !pdf) {
    throw new Error('renderReportsZip: formats include pdf but no PdfRenderer was given');
  }
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const printing = new Map<number, { html: string; pdf: Promise<Uint8Array> }>();
  // Keeps every page of the renderer busy while the head of the queue is written, without printing the whole district ahead.
  const printAhead = (pdf?.pages ?? 0) * 2;
  const startPdf = (index: number) => {
    if (!pdf || index >= documents.length || printing.has(index)) return;
    const html = renderHtml(documents[index]);
    const job = { html, pdf: pdf.render(html) };
    job.pdf.catch(() => undefined); // awaited in order below; this only keeps an early failure from going unhandled
    printing.set(index, job);
  };
  const names = folderNames(documents);
  for (const [index, document] of documents.entries()) {
    for (let ahead = index; ahead < index + printAhead; ahead++) startPdf(ahead);
    const { folder, base } = names[index];
    const job = printing.get(index);
    printing.delete(index);
    const html = job?.html ?? renderHtml(document);
    for (const format of options.formats) {
      const path = `${folder}/${base}.${format}`;
      if (format === 'docx') addFile(zip, path, renderDocx(document), true);
      if (format === 'html') addFile(zip, path, strToU8(html), false);
      if (format === 'pdf' && job) addFile(zip, path, await job.pdf, true);
    }
    options.onProgress?.({ done: index + 1, total: documents.length, title: document.title });
    yield* chunks.splice(0);
  }
  zip.end();
  yield* chunks.splice(0);
}

/** The whole zip in memory (a few reports; for a district prefer streaming `renderReportsZip`). */
export async function renderBundle(
  documents: readonly ReportDocument[],
  options: RenderBundleOptions,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of renderReportsZip(documents, options)) chunks.push(chunk);
  const zip = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    zip.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return zip;
}
