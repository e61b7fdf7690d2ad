import { unzipSync } from 'fflate';
import { ImportsException } from './imports.exception';

export interface ZipLimits {
  maxFiles: number;
  /** Per file, uncompressed. */
  maxFileBytes: number;
  /** All files together, uncompressed. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFiles: 2000,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
};

/** The workbooks of a batch upload (see unzipFiles). */
export function unzipWorkbooks(
  zip: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  return unzipFiles(zip, { isWanted: (name) => /\.xlsx$/i.test(name), kindName: ' .xlsx 工作簿' }, limits);
}

/**
 * The wanted files of a zip. Sizes are checked from the zip's directory before anything is inflated (zip-bomb
 * guard); fflate then inflates each entry into a buffer of its declared size, so a lying entry cannot grow past it.
 * Folders, hidden files and files `isWanted` refuses (by base name) are left out.
 */
export function unzipFiles(
  zip: Uint8Array,
  { isWanted, kindName }: { isWanted: (baseName: string) => boolean; kindName: string },
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  let count = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (entry) => {
        const base = entry.name.split('/').pop() ?? '';
        if (!isWanted(base) || base.startsWith('.') || entry.name.startsWith('__MACOSX/')) return false;
        count += 1;
        total += entry.originalSize;
        if (count > limits.maxFiles) throw ImportsException.unsafeZip(`文件超过 ${limits.maxFiles} 个。`);
        if (entry.originalSize > limits.maxFileBytes)
          throw ImportsException.unsafeZip(
            `“${entry.name}”解压后超过 ${limits.maxFileBytes / 1024 / 1024} MB。`,
          );
        if (total > limits.maxTotalBytes)
          throw ImportsException.unsafeZip(`解压后总大小超过 ${limits.maxTotalBytes / 1024 / 1024} MB。`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportsException) throw error;
    throw ImportsException.unsafeZip('文件已损坏或不是标准 zip 格式。');
  }
  if (count === 0) throw ImportsException.unsafeZip(`压缩包里没有${kindName}。`);
  return new Map(Object.entries(files).map(([name, data]) => [decodeZipName(name), data]));
}

/** Zips made on Chinese Windows store names in GBK without the UTF-8 flag; fflate reads them as Latin-1. */
function decodeZipName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name)) return name;
  const bytes = Buffer.from(name, 'latin1');
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8;
  return new TextDecoder('gbk').decode(bytes);
}
