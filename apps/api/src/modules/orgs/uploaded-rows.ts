import { ExcelImportError, readTableRows } from '@nianbao/excel';
import { parseCsv } from './csv';
import { OrgException } from './orgs.exception';

/** Lists are a few hundred lines; the cap keeps a wrong file from tying up the API. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Rows of an uploaded list (orgs, users): the first sheet of an .xlsx workbook or a UTF-8 CSV, told apart by
 * content rather than by name. Cells are trimmed and blank rows dropped either way; a file that is neither is
 * refused with a Chinese message.
 */
export async function readUploadedRows(file: Express.Multer.File | undefined): Promise<string[][]> {
  if (!file) throw OrgException.invalidImport(['请上传 .xlsx 工作簿或 CSV 文件（字段名 file）']);
  if (file.buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    try {
      return await readTableRows(file.buffer, file.originalname);
    } catch (error) {
      if (error instanceof ExcelImportError) throw OrgException.invalidImport([error.message]);
      throw error;
    }
  }
  const text = file.buffer.toString('utf8');
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    throw OrgException.invalidImport([
      '文件须为 .xlsx 工作簿或 UTF-8 编码的 CSV（旧版 .xls 请在 Excel 或 WPS 中“另存为” .xlsx）',
    ]);
  }
  return parseCsv(text);
}
