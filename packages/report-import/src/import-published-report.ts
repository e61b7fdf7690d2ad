import { detectFormat } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import type { ImportedReport, ReportSourceKind } from './imported-report';
import type { StreamCell } from './match/cell-stream';
import { tableCells, textLineCells } from './match/cell-stream';
import { matchTables } from './match/match-tables';
import { readReportMeta } from './report-meta';
import { ReportImportError, ReportImportErrorCode } from './report-import.error';
import { assertLooksLikeText, decodeText } from './sources/decode-text';
import { readTxt } from './sources/read-txt';
import { looksLikeHtml } from './sources/sniff-html';
import type { SourceDocument } from './sources/source-document';

export const MAX_REPORT_FILE_BYTES = 50 * 1024 * 1024;

const EXTENSIONS: Record<string, ReportSourceKind> = {
  txt: 'txt',
  text: 'txt',
  htm: 'html',
  html: 'html',
  shtml: 'html',
  xhtml: 'html',
  jhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};
/** A label longer than this is running text; only shorter lines count as labels when text is read as cells. */
const MAX_LABEL_LENGTH = 80;

export interface PublishedReportFile {
  fileName: string;
  data: Uint8Array;
}

function sourceKindOf(fileName: string): ReportSourceKind {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = EXTENSIONS[extension];
  if (kind) return kind;
  const hint =
    extension === 'doc' || extension === 'wps' ? '请在 Word 或 WPS 中“另存为” .docx 后再导入。' : '';
  throw new ReportImportError(
    ReportImportErrorCode.UnsupportedExtension,
    `不支持的文件类型“${extension ? `.${extension}` : fileName}”。可以导入 .txt、.html（网页）、.docx（Word）和 .pdf（文字版）格式的年度报告。${hint}`,
  );
}

/**
 * The PDF, Word and HTML readers are loaded only when a file needs them: their parsers (the PDF worker, fflate,
 * htmlparser2) would otherwise make up most of a one-file `nianbao check`'s start-up.
 */
async function readSource(kind: ReportSourceKind, data: Uint8Array): Promise<SourceDocument> {
  if (kind === 'pdf') return (await import('./pdf/read-pdf')).readPdf(data);
  if (kind === 'docx') return (await import('./sources/read-docx')).readDocx(data);
  // A page saved with “.txt” is still a page.
  if (kind === 'html' || looksLikeHtml(data)) return (await import('./sources/read-html')).readHtml(data);
  const text = decodeText(data);
  assertLooksLikeText(data, text, '文本文件（.txt）');
  return readTxt(text);
}

function labelsOf(cells: StreamCell[]): string[] {
  return cells
    .filter((cell) => cell.label.length > 0 && cell.text.length <= MAX_LABEL_LENGTH && !cell.isValue)
    .map((cell) => cell.text);
}

/** The document's tables when they hold a statistics table; otherwise its text read as a stream of cells. */
function findStatistics(
  document: SourceDocument,
  reportYear: number | null,
): { cells: StreamCell[]; formatId: FormatId } {
  for (const cells of [tableCells(document), textLineCells(document)]) {
    const { formatId } = detectFormat(labelsOf(cells), { reportYear });
    if (formatId) return { cells, formatId };
  }
  throw new ReportImportError(
    ReportImportErrorCode.NoStatisticsTables,
    '文件中没有找到政府信息公开工作年度报告的统计表格（主动公开、依申请公开、行政复议和行政诉讼等表）。如果报告中的表格是图片，请改用含文字表格的网页或 Word 版本。',
  );
}

function narrativeOf(document: SourceDocument): string {
  return document.blocks.flatMap((block) => (block.kind === 'text' ? block.lines : [])).join('\n');
}

/**
 * Reads a published annual report (.txt, .html, .docx) and extracts its statistics tables into template values.
 * Bad input throws `ReportImportError` with a Chinese message; cells that cannot be read are listed in
 * `unreadable` and left `null`.
 */
export async function importPublishedReport(file: PublishedReportFile): Promise<ImportedReport> {
  if (file.data.byteLength > MAX_REPORT_FILE_BYTES) {
    throw new ReportImportError(
      ReportImportErrorCode.FileTooLarge,
      `文件太大（${(file.data.byteLength / 1024 / 1024).toFixed(1)} MB），超过 50 MB 的上限。年度报告的文字和表格通常不到 1 MB，请确认选择的是报告文件。`,
    );
  }
  const kind = sourceKindOf(file.fileName);
  if (file.data.byteLength === 0) {
    throw new ReportImportError(ReportImportErrorCode.EmptyFile, '文件是空的，没有任何内容。');
  }
  const document = await readSource(kind, file.data);
  const hasContent = document.blocks.some((block) =>
    block.kind === 'table'
      ? block.rows.some((row) => row.some((cell) => cell.trim()))
      : block.lines.length > 0,
  );
  if (!hasContent) throw new ReportImportError(ReportImportErrorCode.EmptyFile, '文件中没有任何文字内容。');

  const narrative = narrativeOf(document);
  const meta = readReportMeta(document.title, narrative.split('\n'));
  const { cells, formatId } = findStatistics(document, meta.reportYear);
  const { values, unreadable, labelVariants } = matchTables(cells, formatId);
  return {
    formatId,
    reportYear: meta.reportYear,
    agency: meta.agency,
    values,
    unreadable,
    unreadableCells: [...new Set(unreadable.flatMap((cell) => (cell.code ? [cell.code] : [])))],
    labelVariants,
    narrative,
    source: document.source,
  };
}
