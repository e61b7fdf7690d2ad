import { Workbook } from 'exceljs';
import { ExcelImportError, ExcelImportErrorCode } from './excel-import-error';
import type { WorkbookImport } from './import-types';
import { inspectPackage } from './inspect-package';
import type { PackageLimits } from './package-limits';
import { readByLabels } from './labels/read-by-labels';
import { ownWorkbookFormat, readOwnWorkbook } from './read-own-workbook';

export interface ImportOptions {
  /** Used only to name the file kind in messages (.et vs .xls, .csv); the content decides. */
  fileName?: string;
  limits?: PackageLimits;
}

/** Parts of a sheet our own workbooks never need: skipping them keeps the import close to a bare exceljs load. */
const IGNORED_FOR_OWN_WORKBOOKS = [
  'dataValidations',
  'sheetViews',
  'cols',
  'mergeCells',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'sheetProtection',
  'conditionalFormatting',
];

async function loadWorkbook(data: Uint8Array, isOwn: boolean): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs declares its input as an ArrayBuffer-like `Buffer`; JSZip reads a Node Buffer view without copying.
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer;
  try {
    await workbook.xlsx.load(buffer, isOwn ? { ignoreNodes: IGNORED_FOR_OWN_WORKBOOKS } : undefined);
  } catch {
    throw new ExcelImportError(
      ExcelImportErrorCode.Corrupt,
      '工作簿内容已损坏，无法读取。请在 Excel 或 WPS 中打开后重新保存为 .xlsx 再上传。',
    );
  }
  return workbook;
}

/**
 * Reads an uploaded report workbook: our own template exactly (through its cell names), or a table the user built
 * in the shape of the official one (by its labels). Unreadable files throw `ExcelImportError` with a Chinese message;
 * unreadable cells become `problems` naming the sheet, cell and label.
 */
export async function importWorkbook(data: Uint8Array, options: ImportOptions = {}): Promise<WorkbookImport> {
  const summary = inspectPackage(data, options.fileName, options.limits);
  const hasOwnNames = summary.workbookXml.includes('name="nb.');
  const workbook = await loadWorkbook(data, hasOwnNames);
  const ownFormat = ownWorkbookFormat(workbook);
  if (ownFormat && hasOwnNames) return readOwnWorkbook(workbook, ownFormat);
  // Our names without our hidden sheet, or our hidden sheet without the names (sheets copied into another
  // workbook, names dropped by another program): read it like any table a user built, from a full load.
  return readByLabels(hasOwnNames ? await loadWorkbook(data, false) : workbook);
}
