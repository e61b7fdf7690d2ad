import { Workbook } from 'exceljs';
import { inspectPackage } from '../import/inspect-package';
import { DEFAULT_PACKAGE_LIMITS } from '../import/package-limits';
import type { PackageLimits } from '../import/package-limits';

/**
 * The first worksheet of an uploaded .xlsx list (users, orgs…) as rows of trimmed cell text, blank rows dropped.
 * The package passes the same checks as a report upload (not .xls, not damaged, no zip bomb) before exceljs sees it;
 * a refusal is an `ExcelImportError` with a Chinese message.
 */
export async function readTableRows(
  data: Uint8Array,
  fileName?: string,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): Promise<string[][]> {
  inspectPackage(data, fileName, limits);
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(row.getCell(column).text.trim());
    }
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  });
  return rows;
}
