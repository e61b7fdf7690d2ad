import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/sources/read-docx';
import { readHtml } from '../../src/sources/read-html';
import type { SourceBlock, SourceDocument } from '../../src/sources/source-document';

/** The same report in another shape a user may hand in: a file name and its bytes. */
export interface DerivedInput {
  kind: string;
  fileName: string;
  data: Uint8Array;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function printBlocks(document: SourceDocument, printTable: (rows: string[][]) => string[]): string {
  const lines = document.title ? [document.title] : [];
  for (const block of document.blocks)
    lines.push(...(block.kind === 'text' ? block.lines : printTable(block.rows)));
  return lines.join('\n');
}

/** Word's “copy as text”: one line per row, cells separated by tabs. */
const tabText = (rows: string[][]) => rows.map((row) => row.join('\t'));
/** Markdown converters and scrapers: `| a | b |`. */
const pipeText = (rows: string[][]) => rows.map((row) => `| ${row.join(' | ')} |`);
/** Scraped pages that print every cell on its own line ending in `|`, an empty cell as a lone `|`. */
const cellPerLine = (rows: string[][]) =>
  rows.flatMap((row) => [...row.map((cell) => (cell ? `${cell} |` : '|')), '||']);

function asDocx(document: SourceDocument): Uint8Array {
  const paragraph = (text: string) =>
    `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const block = (item: SourceBlock) =>
    item.kind === 'text'
      ? item.lines.map(paragraph).join('')
      : `<w:tbl>${item.rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = [document.title ? paragraph(document.title) : '', ...document.blocks.map(block)].join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/**
 * A report whose source holds real tables (a web page or a Word file), re-printed in the other shapes the readers
 * meet: tab text, pipe text, one cell per line, and Word. Sources that print their tables as text have none.
 */
export function derivedInputs(sourceFile: string): DerivedInput[] {
  const data = readFileSync(sourceFile);
  const extension = path.extname(sourceFile).toLowerCase();
  const document =
    extension === '.html' || extension === '.htm'
      ? readHtml(data)
      : extension === '.docx'
        ? readDocx(data)
        : null;
  if (!document || !document.blocks.some((block) => block.kind === 'table')) return [];
  return [
    { kind: 'tab-text', fileName: 'derived.txt', data: strToU8(printBlocks(document, tabText)) },
    { kind: 'pipe-text', fileName: 'derived.txt', data: strToU8(printBlocks(document, pipeText)) },
    { kind: 'cell-per-line', fileName: 'derived.txt', data: strToU8(printBlocks(document, cellPerLine)) },
    ...(extension === '.docx' ? [] : [{ kind: 'docx', fileName: 'derived.docx', data: asDocx(document) }]),
  ];
}
