import { ExcelImportError, ExcelImportErrorCode } from './excel-import-error';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: .xls, .et, and also password-protected .xlsx (an encrypted package inside a CFB file). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const OTHER_KINDS: { magic: number[]; name: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], name: '图片（PNG）' },
  { magic: [0xff, 0xd8, 0xff], name: '图片（JPEG）' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: '图片（GIF）' },
  { magic: [0x25, 0x50, 0x44, 0x46], name: 'PDF 文档' },
  { magic: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
];

const SAVE_AS_XLSX =
  '请在 Excel 或 WPS 中打开，选择“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”后重新上传。';

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => data[index] === byte);
}

function extensionOf(fileName: string | undefined): string {
  const match = /\.([^.\\/]+)$/.exec(fileName ?? '');
  return match ? match[1].toLowerCase() : '';
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(needle);
}

function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, 4096);
  return sample.length > 0 && !sample.includes(0);
}

/**
 * Refuses, by content rather than by name, every file that is not an .xlsx/.xlsm zip package, with a message that
 * says what the file is and how to turn it into an .xlsx.
 */
export function assertZipPackage(data: Uint8Array, fileName?: string): void {
  if (startsWith(data, ZIP_MAGIC) || startsWith(data, EMPTY_ZIP_MAGIC)) return;
  const extension = extensionOf(fileName);
  if (startsWith(data, CFB_MAGIC)) {
    if (containsUtf16(data, 'EncryptedPackage')) {
      throw new ExcelImportError(
        ExcelImportErrorCode.Encrypted,
        '工作簿设置了打开密码，系统无法读取。请在 Excel 中选择“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存后重新上传（WPS：“文件 → 文档加密 → 密码加密”中清除密码）。',
      );
    }
    if (extension === 'et') {
      throw new ExcelImportError(
        ExcelImportErrorCode.WpsEt,
        `这是 WPS 表格（.et）文件，系统只能读取 .xlsx 格式。${SAVE_AS_XLSX}`,
      );
    }
    throw new ExcelImportError(
      ExcelImportErrorCode.LegacyXls,
      `这是旧版 Excel 97-2003 工作簿（.xls），系统只能读取 .xlsx 格式。${SAVE_AS_XLSX}`,
    );
  }
  const other = OTHER_KINDS.find((kind) => startsWith(data, kind.magic));
  if (other) {
    throw new ExcelImportError(
      ExcelImportErrorCode.NotAWorkbook,
      `文件内容是${other.name}，不是 Excel 工作簿（文件名为“${fileName ?? '未命名'}”）。请上传用统计表模板填写的 .xlsx 文件。`,
    );
  }
  if (extension === 'csv' || extension === 'txt' || looksLikeText(data)) {
    throw new ExcelImportError(
      ExcelImportErrorCode.Csv,
      `这是纯文本（CSV）文件，不含统计表的栏目结构，系统无法按表格读取。请下载统计表模板填写，或将表格${SAVE_AS_XLSX}`,
    );
  }
  throw new ExcelImportError(
    ExcelImportErrorCode.NotAWorkbook,
    '文件不是 Excel 工作簿（.xlsx），也可能已损坏。请上传用统计表模板填写的 .xlsx 文件。',
  );
}
