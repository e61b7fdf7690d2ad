/** Limits on an uploaded workbook, checked on the zip directory and while inflating, before exceljs sees the file. */
export interface PackageLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  maxSheetUncompressedBytes: number;
  /** Above 1 MB, an entry that inflates more than this many times its compressed size is treated as a zip bomb. */
  maxCompressionRatio: number;
  maxRowsPerSheet: number;
  maxCellsPerSheet: number;
}

/** A filled report workbook is ~30 KB and ~300 KB inflated; these limits leave room for formatting and pictures. */
export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalUncompressedBytes: 80 * 1024 * 1024,
  maxSheetUncompressedBytes: 20 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxRowsPerSheet: 20000,
  maxCellsPerSheet: 500000,
};
