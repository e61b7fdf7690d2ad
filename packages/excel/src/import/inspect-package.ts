import { inflateRawSync } from 'node:zlib';
import { assertZipPackage } from './detect-file-kind';
import { ExcelImportError, ExcelImportErrorCode } from './excel-import-error';
import { DEFAULT_PACKAGE_LIMITS } from './package-limits';
import type { PackageLimits } from './package-limits';
import { compressedBytes, isZip64, readZipDirectory, ZipStructureError } from './zip-directory';
import type { ZipEntry } from './zip-directory';
import { sheetNamesByPart } from './sheet-part-names';

export interface PackageSummary {
  /** xl/workbook.xml, for the defined names that mark our own templates. */
  workbookXml: string;
}

const MB = 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

const corrupt = () =>
  new ExcelImportError(
    ExcelImportErrorCode.Corrupt,
    '文件不完整或已损坏（可能在下载、上传或复制时中断），无法打开。请在 Excel 或 WPS 中重新保存为 .xlsx 后上传。',
  );
const tooLarge = (detail: string) =>
  new ExcelImportError(
    ExcelImportErrorCode.TooLarge,
    `工作簿过大：${detail}。年度报告统计表只需几百个单元格，请删除多余的工作表、行和图片，只保留统计表后重新上传。`,
  );
const bomb = () =>
  new ExcelImportError(
    ExcelImportErrorCode.ZipBomb,
    '工作簿的压缩内容异常（解压后体积远超正常表格），为安全起见拒绝读取。请用 Excel 或 WPS 重新保存为 .xlsx 后上传。',
  );

function notAWorkbook(entries: ZipEntry[]): ExcelImportError {
  const has = (prefix: string) => entries.some((entry) => entry.name.startsWith(prefix));
  const kind = has('word/') ? 'Word 文档（.docx）' : has('ppt/') ? 'PowerPoint 演示文稿' : '压缩包';
  return new ExcelImportError(
    ExcelImportErrorCode.NotAWorkbook,
    `文件是${kind}，不是 Excel 工作簿。请上传用统计表模板填写的 .xlsx 文件。`,
  );
}

/** Occurrences of an XML start tag, counted up to `limit` + 1. */
function countTags(content: Buffer, tag: string, limit: number): number {
  let count = 0;
  for (const needle of [Buffer.from(`<${tag} `), Buffer.from(`<${tag}>`)]) {
    for (
      let at = content.indexOf(needle);
      at >= 0 && count <= limit;
      at = content.indexOf(needle, at + needle.length)
    ) {
      count++;
    }
  }
  return count;
}

/** Rows and cells actually present in a worksheet's XML, whatever its <dimension> claims. */
function checkSheetSize(sheet: string, content: Buffer, limits: PackageLimits): void {
  if (countTags(content, 'row', limits.maxRowsPerSheet) > limits.maxRowsPerSheet) {
    throw tooLarge(`工作表${sheet}超过 ${limits.maxRowsPerSheet} 行`);
  }
  if (countTags(content, 'c', limits.maxCellsPerSheet) > limits.maxCellsPerSheet) {
    throw tooLarge(`工作表${sheet}超过 ${limits.maxCellsPerSheet} 个单元格`);
  }
}

/**
 * Inflates one entry with zlib capped at the size the directory declared: a lying entry stops at the cap instead
 * of filling memory, and is refused.
 */
function inflateChecked(data: Uint8Array, entry: ZipEntry): Buffer {
  const input = compressedBytes(data, entry);
  if (entry.compressionMethod === 0) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (entry.compressionMethod !== 8) throw corrupt();
  let output: Buffer;
  try {
    output = inflateRawSync(input, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
    throw corrupt();
  }
  if (output.length !== entry.uncompressedSize) throw corrupt();
  return output;
}

function checkDirectory(entries: ZipEntry[], limits: PackageLimits): void {
  if (entries.length > limits.maxEntries) throw tooLarge(`包含 ${entries.length} 个部件`);
  if (entries.some((entry) => entry.isEncrypted)) {
    throw new ExcelImportError(
      ExcelImportErrorCode.Encrypted,
      '工作簿的压缩包设置了密码，系统无法读取。请去掉密码后重新保存为 .xlsx 上传。',
    );
  }
  if (entries.some(isZip64)) throw tooLarge('文件超过 4 GB 格式上限');
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw notAWorkbook(entries);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxTotalUncompressedBytes) throw tooLarge(`解压后有 ${(total / MB).toFixed(0)} MB`);
  const isBomb = (entry: ZipEntry) =>
    entry.uncompressedSize > MB && entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio;
  if (entries.some(isBomb)) throw bomb();
}

/** Anything that goes wrong while inflating is a damaged file, unless it is already one of our refusals. */
function asImportError(error: unknown): ExcelImportError {
  return error instanceof ExcelImportError ? error : corrupt();
}

/**
 * Everything that must hold before the workbook is handed to exceljs, which inflates the whole package in memory:
 * it is a zip (not .xls/.et/.csv/encrypted/a picture), complete, an Excel package, and small once inflated — the
 * declared sizes are checked first and then enforced while inflating, so a lying directory cannot slip through.
 */
export function inspectPackage(
  data: Uint8Array,
  fileName?: string,
  limits = DEFAULT_PACKAGE_LIMITS,
): PackageSummary {
  if (data.byteLength > limits.maxFileBytes) {
    throw tooLarge(`文件有 ${(data.byteLength / MB).toFixed(1)} MB，超过上限 ${limits.maxFileBytes / MB} MB`);
  }
  assertZipPackage(data, fileName);
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(data);
  } catch (error) {
    if (error instanceof ZipStructureError) throw corrupt();
    throw error;
  }
  checkDirectory(entries, limits);
  const text = (name: string) => {
    const entry = entries.find((candidate) => candidate.name === name);
    return entry ? new TextDecoder().decode(inflateChecked(data, entry)) : '';
  };
  try {
    const workbookXml = text('xl/workbook.xml');
    const sheetNames = sheetNamesByPart(workbookXml, text('xl/_rels/workbook.xml.rels'));
    const sheetName = (part: string) => `“${sheetNames.get(part) ?? part.replace(/^xl\/worksheets\//, '')}”`;
    const worksheets = entries.filter((entry) => WORKSHEET.test(entry.name));
    for (const entry of worksheets) {
      if (entry.uncompressedSize > limits.maxSheetUncompressedBytes) {
        throw tooLarge(
          `工作表${sheetName(entry.name)}解压后有 ${(entry.uncompressedSize / MB).toFixed(0)} MB`,
        );
      }
    }
    for (const entry of entries) {
      if (entry.name.endsWith('/') || entry.name === 'xl/workbook.xml') continue;
      const content = inflateChecked(data, entry);
      if (WORKSHEET.test(entry.name)) checkSheetSize(sheetName(entry.name), content, limits);
    }
    return { workbookXml };
  } catch (error) {
    throw asImportError(error);
  }
}
