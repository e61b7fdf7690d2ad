import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_IDS } from '@nianbao/rules';
import { importWorkbook } from './import-workbook';

// Files saved by LibreOffice Calc; made by fixtures/make-libreoffice-fixtures.ts (LibreOffice is not needed here).
const FIXTURES = path.join(__dirname, '../../fixtures/libreoffice');
const fixture = (name: string) => ({
  data: readFileSync(path.join(FIXTURES, `${name}.xlsx`)),
  expected: JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')),
});

describe('workbooks saved by LibreOffice Calc', () => {
  it.each(FORMAT_IDS)(
    'our %s template, filled and re-saved by Calc, reads back exactly',
    async (formatId) => {
      const { data, expected } = fixture(`template-${formatId}-filled`);
      const imported = await importWorkbook(data, { fileName: `${formatId}.xlsx` });
      expect(imported).toMatchObject({
        formatId,
        matchedBy: 'template',
        agency: '宁波市规划局',
        reportYear: 2024,
        problems: [],
      });
      expect(imported.values).toEqual(expected);
    },
  );

  it.each(FORMAT_IDS)(
    'a %s table retyped by hand from the official Word tables (merged cells, full-width digits, units, “/”) reads by labels',
    async (formatId) => {
      const { data, expected } = fixture(`user-built-${formatId}`);
      const imported = await importWorkbook(data, { fileName: '自制.xlsx' });
      expect(imported).toMatchObject({
        formatId,
        matchedBy: 'labels',
        agency: expected.agency,
        reportYear: expected.year,
      });
      expect(imported.problems).toEqual([]);
      expect(imported.values).toEqual(expected.values);
      expect(Object.values(expected.values)).toContain(null);
    },
  );
});
