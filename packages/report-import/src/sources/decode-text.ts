import { ReportImportError, ReportImportErrorCode } from '../report-import.error';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const GB_CHARSETS = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i;

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((byte, index) => data[index] === byte);
}

/**
 * Decodes a text file or web page. Chinese government sites still serve GB2312/GBK pages, so anything that is not
 * valid UTF-8 (or is declared as a GB charset) is read as GB18030, the superset of both.
 */
export function decodeText(data: Uint8Array, declaredCharset: string | null = null): string {
  if (startsWith(data, UTF8_BOM)) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (declaredCharset && GB_CHARSETS.test(declaredCharset)) return new TextDecoder('gb18030').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Control characters other than tab and line breaks never occur in a text report; U+FFFD marks undecodable bytes.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_REPLACEMENT = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/** Rejects images, archives and other binary files given a text extension, before they reach the table reader. */
export function assertLooksLikeText(data: Uint8Array, text: string, kindName: string): void {
  const controlCount = text.match(CONTROL_OR_REPLACEMENT)?.length ?? 0;
  if (startsWith(data, ZIP_MAGIC) || controlCount > Math.max(2, text.length / 100)) {
    throw new ReportImportError(
      ReportImportErrorCode.BinaryContent,
      `文件内容不是文本（像是二进制文件、图片或压缩包），无法作为${kindName}读取。请确认文件没有损坏，且扩展名与内容一致。`,
    );
  }
}
