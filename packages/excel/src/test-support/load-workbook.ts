import { Workbook } from 'exceljs';

/** Opens bytes the way Excel would: every part parsed (validations, views, print setup). */
export async function loadWorkbook(data: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return workbook;
}
