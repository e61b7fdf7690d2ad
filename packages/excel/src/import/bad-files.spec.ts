import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTemplate } from '../template/create-template';
import {
  ENCRYPTED_XLSX_LIKE,
  lyingZipBomb,
  manyRowsWorkbook,
  PNG_BYTES,
  wordDocument,
  XLS_LIKE,
  zipBomb,
} from '../test-support/bad-files';
import { ExcelImportErrorCode } from './excel-import-error';
import { importWorkbook } from './import-workbook';

jest.setTimeout(60000);

const FIXTURES = path.join(__dirname, '../../fixtures/libreoffice');

async function refusal(data: Uint8Array, fileName: string) {
  try {
    await importWorkbook(data, { fileName });
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error(`${fileName} was imported`);
}

describe('files that are not a readable report workbook get a clear Chinese message', () => {
  it('a download cut short', async () => {
    const template = await createTemplate('2021');
    const error = await refusal(template.subarray(0, template.length >> 1), '年报.xlsx');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.Corrupt,
      message: expect.stringContaining('不完整或已损坏'),
    });
  });

  it('a picture renamed to .xlsx', async () => {
    const error = await refusal(PNG_BYTES, '年报.xlsx');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.NotAWorkbook,
      message: expect.stringContaining('图片（PNG）'),
    });
  });

  it('an Excel 97-2003 .xls made by LibreOffice: save it as .xlsx', async () => {
    const error = await refusal(readFileSync(path.join(FIXTURES, 'template-2021.xls')), '年报.xls');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.LegacyXls,
      message: expect.stringContaining('另存为'),
    });
  });

  it('a WPS .et file', async () => {
    const error = await refusal(XLS_LIKE, '年报.et');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.WpsEt,
      message: expect.stringContaining('WPS'),
    });
  });

  it('a password-protected workbook', async () => {
    const error = await refusal(ENCRYPTED_XLSX_LIKE, '年报.xlsx');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.Encrypted,
      message: expect.stringContaining('密码'),
    });
  });

  it('a CSV export', async () => {
    const error = await refusal(Buffer.from('一、本年新收政府信息公开申请数量,1,2,3\n'), '年报.csv');
    expect(error).toMatchObject({ code: ExcelImportErrorCode.Csv, message: expect.stringContaining('CSV') });
  });

  it('a Word document', async () => {
    const error = await refusal(wordDocument(), '年报.docx');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.NotAWorkbook,
      message: expect.stringContaining('Word'),
    });
  });

  it('a zip bomb, whether its directory tells the truth or lies about the inflated size', async () => {
    expect(await refusal(zipBomb(), 'bomb.xlsx')).toMatchObject({ code: ExcelImportErrorCode.ZipBomb });
    expect(await refusal(lyingZipBomb(), 'bomb.xlsx')).toMatchObject({
      code: ExcelImportErrorCode.ZipBomb,
      message: expect.stringContaining('压缩内容异常'),
    });
  });

  it('a sheet with more rows than any report needs', async () => {
    const error = await refusal(manyRowsWorkbook(25000), 'big.xlsx');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.TooLarge,
      message: expect.stringContaining('工作表“统计&表”超过 20000 行'),
    });
  });

  it('a sheet too big to unpack is named as users see it', async () => {
    const error = await refusal(manyRowsWorkbook(1_000_000), 'big.xlsx');
    expect(error).toMatchObject({
      code: ExcelImportErrorCode.TooLarge,
      message: expect.stringContaining('工作表“统计&表”解压后有'),
    });
  });

  it('a million rows and zip bombs are refused with the whole process staying under 300 MB', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'nianbao-bad-'));
    const files = {
      millionRows: manyRowsWorkbook(1_000_000),
      millionEmptyRows: manyRowsWorkbook(1_000_000, true),
      zipBomb: zipBomb(),
      lyingZipBomb: lyingZipBomb(),
    };
    const paths = Object.entries(files).map(([name, data]) => {
      writeFileSync(path.join(folder, `${name}.xlsx`), data);
      return path.join(folder, `${name}.xlsx`);
    });
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/test-support/measure-bad-files.ts', ...paths],
      {
        cwd: path.join(__dirname, '../..'),
        encoding: 'utf8',
      },
    );
    rmSync(folder, { recursive: true });
    const { codes, maxRssMb } = JSON.parse(output);
    expect(codes).toEqual({
      millionRows: ExcelImportErrorCode.TooLarge,
      millionEmptyRows: ExcelImportErrorCode.TooLarge,
      zipBomb: ExcelImportErrorCode.ZipBomb,
      lyingZipBomb: ExcelImportErrorCode.ZipBomb,
    });
    expect(maxRssMb).toBeLessThan(300);
  });
});
