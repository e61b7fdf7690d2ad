import { FORMAT_IDS, getFormat, listCells, RULES } from '@nianbao/rules';
import type { Worksheet } from 'exceljs';
import { loadWorkbook } from '../test-support/load-workbook';
import { createTemplate } from './create-template';

function findText(sheet: Worksheet, text: string) {
  let found: { row: number; col: number } | undefined;
  sheet.eachRow((row, rowNumber) =>
    row.eachCell((cell, col) => {
      if (!found && cell.value === text && (!cell.isMerged || cell.master === cell))
        found = { row: rowNumber, col };
    }),
  );
  if (!found) throw new Error(`${text} not found on ${sheet.name}`);
  return sheet.getCell(found.row, found.col);
}

describe('templates', () => {
  it.each(FORMAT_IDS)(
    'the %s template has one sheet per table, named as users know them, and the 填报说明',
    async (id) => {
      const workbook = await loadWorkbook(await createTemplate(id));
      const visible = workbook.worksheets
        .filter((sheet) => sheet.state === 'visible')
        .map((sheet) => sheet.name);
      expect(visible).toEqual([...getFormat(id).sections.map((section) => section.shortName), '填报说明']);
    },
  );

  it('the 2021 template prints Table B with its merged 申请人情况 header, borders, 宋体/仿宋 and A4 page set-up', async () => {
    const workbook = await loadWorkbook(await createTemplate('2021'));
    const sheet = workbook.getWorksheet('依申请公开')!;
    const header = findText(sheet, '申请人情况');
    const legalPersons = findText(sheet, '法人或其他组织');
    expect(sheet.getCell(header.row, Number(header.col) + 6).master.address).toBe(header.address);
    expect(sheet.getCell(legalPersons.row, Number(legalPersons.col) + 4).master.address).toBe(
      legalPersons.address,
    );
    expect(header.font.name).toBe('宋体');
    expect(findText(sheet, '1.属于国家秘密').font.name).toBe('仿宋');
    expect(findText(sheet, '1.属于国家秘密').border.left?.style).toBe('thin');
    const group = findText(sheet, '（三）不予公开');
    expect(sheet.getCell(group.row + 7, Number(group.col)).master.address).toBe(group.address);
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
  });

  it('labels are locked by sheet protection; value cells are unlocked and validated by what they hold', async () => {
    const workbook = await loadWorkbook(await createTemplate('2019'));
    const names = new Map(workbook.definedNames.model.map(({ name, ranges }) => [name, ranges[0]]));
    const cellOf = (code: string) => {
      const [, sheet, address] = /^'?(.+?)'?!(.+)$/.exec(names.get(`nb.${code}`)!)!;
      return workbook.getWorksheet(sheet)!.getCell(address.replace(/\$/g, ''));
    };
    const sheet = workbook.getWorksheet('主动公开')!;
    expect((sheet as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true });
    expect(findText(sheet, '行政许可').protection?.locked).not.toBe(false);
    const count = cellOf('T19.A.20_5.XK.PREV');
    expect(count.protection.locked).toBe(false);
    expect(count.dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(cellOf('T19.A.20_5.XK.DELTA').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'between',
    });
    expect(cellOf('T19.A.20_9.CG.AMT').dataValidation).toMatchObject({ type: 'decimal' });
    expect(count.dataValidation.error).toContain('不小于 0 的整数');
  });

  it('every value cell of the format carries its cell code as a defined name', async () => {
    for (const id of FORMAT_IDS) {
      const workbook = await loadWorkbook(await createTemplate(id));
      const names = new Set(workbook.definedNames.model.map(({ name }) => name));
      expect(listCells(id).filter((cell) => !names.has(`nb.${cell.code}`))).toEqual([]);
      expect(workbook.getWorksheet('_nianbao')?.state).toBe('veryHidden');
    }
  });

  it('fills in the agency and report year when given, and escapes text Excel would take for a formula', async () => {
    const workbook = await loadWorkbook(
      await createTemplate('2021', { agency: '=HYPERLINK("x")', reportYear: 2025 }),
    );
    const first = workbook.getWorksheet('主动公开')!;
    expect(first.getCell('B2').value).toBe('\'=HYPERLINK("x")');
    expect(first.getCell('B3').value).toBe(2025);
    const later = workbook.getWorksheet('复议诉讼')!;
    expect(later.getCell(2, later.getRow(2).cellCount).master.value).toMatchObject({
      result: '\'=HYPERLINK("x")',
    });
  });

  it('the 填报说明 lists every rule of the format in Chinese', async () => {
    const workbook = await loadWorkbook(await createTemplate('legacy'));
    const texts: string[] = [];
    workbook
      .getWorksheet('填报说明')!
      .eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const legacyRules = RULES.filter((rule) => rule.formats.includes('legacy'));
    expect(legacyRules.length).toBeGreaterThan(5);
    for (const rule of legacyRules) expect(texts).toContain(rule.title);
    expect(texts.some((text) => text.includes('另存为') || text.includes('.xlsx'))).toBe(true);
  });
});
