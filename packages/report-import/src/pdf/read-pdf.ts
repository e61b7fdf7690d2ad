import { ReportImportError, ReportImportErrorCode } from '../report-import.error';
import type { SourceDocument } from '../sources/source-document';
import { pageGeometry } from './page-content';
import { parsePdfInWorker } from './pdf-worker';
import { rebuildPage } from './rebuild-page';

/** An annual report runs to a few dozen pages; far more is a compilation or the wrong file. */
export const MAX_PDF_PAGES = 300;
/** Fewer characters than this per page on average: a scan (images of pages) without a text layer. */
const MIN_CHARACTERS_PER_PAGE = 20;

/**
 * Reads a text PDF into the importers' common document: each page's tables rebuilt from the positions of its text
 * and its border lines, the rest as paragraphs. Scanned and encrypted PDFs are refused with a clear message (no OCR).
 */
export async function readPdf(data: Uint8Array): Promise<SourceDocument> {
  const outcome = await parsePdfInWorker(data, MAX_PDF_PAGES).catch(() => ({ error: 'invalid' as const }));
  if ('error' in outcome) {
    if (outcome.error === 'password') {
      throw new ReportImportError(
        ReportImportErrorCode.EncryptedPdf,
        '这个 PDF 已加密，需要密码才能打开，无法读取。请使用未加密的 PDF，或报告的网页（.html）、Word（.docx）版本。',
      );
    }
    if (outcome.error === 'too-many-pages') {
      throw new ReportImportError(
        ReportImportErrorCode.TooManyPages,
        `这个 PDF 有 ${outcome.numPages} 页，超过 ${MAX_PDF_PAGES} 页的上限，不像是一份年度报告。请只导入年度报告本身。`,
      );
    }
    throw new ReportImportError(
      ReportImportErrorCode.CorruptPdf,
      '文件不是有效的 PDF（可能已损坏或只下载了一部分），无法读取。',
    );
  }
  const geometries = outcome.pages.map((page) => pageGeometry(page, outcome.ops));
  const characters = geometries.reduce(
    (sum, geometry) => sum + geometry.runs.reduce((pageSum, run) => pageSum + run.text.trim().length, 0),
    0,
  );
  if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, geometries.length)) {
    throw new ReportImportError(
      ReportImportErrorCode.ScannedPdf,
      '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的表格；本工具不做文字识别（OCR）。请使用报告的文字版 PDF、网页或 Word 版本。',
    );
  }
  const title = outcome.title?.trim() || null;
  return { source: 'pdf', title, blocks: geometries.flatMap(rebuildPage) };
}
