import { ExcelImportErrorCode } from '../import/excel-import-error';
import { XLS_LIKE, zipBomb } from '../test-support/bad-files';
import { loadWorkbook } from '../test-support/load-workbook';
import { readTableRows } from './read-table-rows';
import { createTableTemplate } from './table-template';

const TEMPLATE = {
  sheetName: '单位',
  columns: [
    { header: '名称', width: 30 },
    { header: '类型', width: 12, choices: ['区/县', '乡镇/街道'] },
    { header: '上级单位', width: 30 },
  ],
  examples: [['南区', '区/县', '']],
  instructions: ['每行一个单位。'],
};

describe('list workbooks for imports', () => {
  it('the template reads back as its header alone (examples are on the instructions), with a drop-down on the choice column', async () => {
    const data = await createTableTemplate(TEMPLATE);
    expect(await readTableRows(data, '单位.xlsx')).toEqual([['名称', '类型', '上级单位']]);
    const workbook = await loadWorkbook(data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['单位', '填写说明']);
    expect(workbook.worksheets[0].getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"区/县,乡镇/街道"'],
    });
    const notes: unknown[][] = [];
    workbook.worksheets[1].eachRow((row) => notes.push((row.values as unknown[]).slice(1)));
    expect(notes.at(-1)).toEqual(['南区', '区/县', '']);
  });

  it('cells typed as numbers or formulas read as the text Excel shows, blank rows dropped', async () => {
    const workbook = await loadWorkbook(await createTableTemplate(TEMPLATE));
    const sheet = workbook.worksheets[0];
    sheet.getCell('A4').value = 12345678;
    sheet.getCell('B4').value = { formula: '"乡镇"&"/街道"', result: '乡镇/街道' };
    sheet.getCell('C4').value = { richText: [{ text: ' 南' }, { text: '区 ' }] };
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await readTableRows(data)).at(-1)).toEqual(['12345678', '乡镇/街道', '南区']);
  });

  it('an .xls or a zip bomb is refused with a Chinese message before exceljs reads it', async () => {
    await expect(readTableRows(XLS_LIKE, '用户.xls')).rejects.toMatchObject({
      code: ExcelImportErrorCode.LegacyXls,
      message: expect.stringContaining('另存为'),
    });
    await expect(readTableRows(zipBomb(), '用户.xlsx')).rejects.toMatchObject({
      code: expect.stringMatching(/ZIP_BOMB|TOO_LARGE/),
    });
  });
});
