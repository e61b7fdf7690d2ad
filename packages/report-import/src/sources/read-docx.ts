import { unzipSync } from 'fflate';
import { ReportImportError, ReportImportErrorCode } from '../report-import.error';
import { looksLikeHtml } from './sniff-html';
import type { SourceBlock, SourceDocument } from './source-document';

const DOCUMENT_PART = 'word/document.xml';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const TOKEN = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, index) => data[index] === byte);
}

function unzipDocument(data: Uint8Array): string {
  if (startsWith(data, OLE_MAGIC)) {
    throw new ReportImportError(
      ReportImportErrorCode.LegacyWordDocument,
      '这是旧版 Word 文档（.doc），只是扩展名写成了 .docx。请在 Word 或 WPS 中“另存为” .docx 格式后再导入。',
    );
  }
  if (looksLikeHtml(data)) {
    throw new ReportImportError(
      ReportImportErrorCode.DocxIsHtml,
      '这个 .docx 文件实际上是网页（HTML）内容，常见于从政府网站“另存为 Word”得到的文件。请把扩展名改为 .html（或在浏览器中另存为网页）后再导入。',
    );
  }
  const corrupt = () =>
    new ReportImportError(
      ReportImportErrorCode.CorruptDocx,
      '无法打开这个 .docx 文件：文件已损坏，或不是 Word 文档。请用 Word 或 WPS 打开后重新保存为 .docx 再导入。',
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: (file) => file.name === DOCUMENT_PART });
  } catch {
    throw corrupt();
  }
  const part = files[DOCUMENT_PART];
  if (!part) throw corrupt();
  return new TextDecoder('utf-8').decode(part);
}

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? entity;
  });
}

interface TableUnderConstruction {
  rows: string[][];
  row: string[] | null;
  /** Paragraphs of the cell being read; `isMergedContinuation` marks the lower part of a vertically merged cell. */
  cell: { paragraphs: string[]; isMergedContinuation: boolean } | null;
}

/**
 * Reads the body of a Word document: paragraphs outside tables become text lines, tables keep their real row and
 * cell structure. A horizontally merged cell (gridSpan) is one cell; the continuation parts of a vertically merged
 * cell (vMerge) are left out, as a browser shows a rowspan cell once.
 */
export function readDocx(data: Uint8Array): SourceDocument {
  const xml = unzipDocument(data);
  const blocks: SourceBlock[] = [];
  let textLines: string[] = [];
  const tables: TableUnderConstruction[] = [];
  let paragraph: string | null = null;
  let isInText = false;
  let fallbackDepth = 0;

  const flushText = () => {
    if (textLines.length > 0) blocks.push({ kind: 'text', lines: textLines });
    textLines = [];
  };

  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      if (isInText && paragraph !== null && fallbackDepth === 0) paragraph += decodeXmlText(text);
      continue;
    }
    if (name === 'mc:Fallback') {
      if (!selfClosing) fallbackDepth += closing ? -1 : 1;
      continue;
    }
    if (fallbackDepth > 0) continue;
    const table = tables[tables.length - 1];
    const isOpening = !closing;
    switch (name) {
      case 'w:t':
        isInText = isOpening && !selfClosing;
        break;
      case 'w:tab':
        if (paragraph !== null && isOpening) paragraph += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph !== null && isOpening) paragraph += '\n';
        break;
      case 'w:p':
        if (isOpening && !selfClosing) paragraph = '';
        else {
          const finished = paragraph ?? '';
          paragraph = null;
          if (table?.cell) table.cell.paragraphs.push(finished);
          else if (!table && finished.trim()) textLines.push(finished.trim());
        }
        break;
      case 'w:tbl':
        if (isOpening) {
          if (tables.length === 0) flushText();
          tables.push({ rows: [], row: null, cell: null });
        } else {
          const finished = tables.pop();
          if (finished && finished.rows.length > 0) blocks.push({ kind: 'table', rows: finished.rows });
        }
        break;
      case 'w:tr':
        if (!table) break;
        if (isOpening) table.row = [];
        else {
          if (table.row && table.row.length > 0) table.rows.push(table.row);
          table.row = null;
        }
        break;
      case 'w:tc':
        if (!table) break;
        if (isOpening) table.cell = { paragraphs: [], isMergedContinuation: false };
        else {
          if (table.cell && !table.cell.isMergedContinuation)
            table.row?.push(table.cell.paragraphs.join('\n'));
          table.cell = null;
        }
        break;
      case 'w:vMerge':
        if (table?.cell && isOpening && !/w:val="restart"/.test(attributes))
          table.cell.isMergedContinuation = true;
        break;
    }
  }
  flushText();
  return { source: 'docx', title: null, blocks };
}
