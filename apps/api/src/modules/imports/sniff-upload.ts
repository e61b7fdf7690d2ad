import { ImportsException } from './imports.exception';

export type UploadKind = 'xlsx' | 'docx' | 'pdf' | 'html' | 'txt' | 'zip';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => data[index] === byte);
}

/** Whether a zip's directory names an entry with this prefix (the names are stored uncompressed). */
function zipHasEntry(data: Uint8Array, prefix: string): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(prefix, 0, 'latin1');
}

/**
 * The kind of an uploaded file, read from its content (the extension can lie): a zip holding `xl/` is a
 * workbook, one holding `word/` a Word file, `%PDF` a PDF; anything else must look like text.
 */
export function sniffUpload(data: Uint8Array): UploadKind {
  if (startsWith(data, ZIP_MAGIC)) {
    if (zipHasEntry(data, 'xl/')) return 'xlsx';
    if (zipHasEntry(data, 'word/')) return 'docx';
    return 'zip';
  }
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0]))
    throw ImportsException.unsupported(
      '这是旧版 Office 文件（.xls / .doc），请在 Excel、Word 或 WPS 中“另存为” .xlsx / .docx 后再导入。',
    );
  const head = Buffer.from(data.subarray(0, 2048)).toString('utf8');
  if (head.includes('\u0000'))
    throw ImportsException.unsupported(
      '无法识别的文件类型。可以导入 .xlsx（Excel 模板）、.docx、.html、.txt 和 .pdf 格式的年度报告。',
    );
  return /<(html|body|table|div|p)[\s>]/i.test(head) ? 'html' : 'txt';
}

/** The file name the importers see: its extension follows the sniffed kind. */
export function fileNameFor(kind: UploadKind, original: string): string {
  const base = original.replace(/\.[^./\\]*$/, '') || 'upload';
  return `${base}.${kind}`;
}
