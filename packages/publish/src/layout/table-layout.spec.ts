import { FORMAT_IDS, listCells } from '@nianbao/rules';
import { everyCellFilled } from '../../test/fixtures';
import type { LayoutSection } from './layout-types';
import { layoutTables, TABLE_WIDTH } from './table-layout';

/** Marks every grid position each cell covers; a gap or an overlap means a broken table. */
function coverage(section: LayoutSection): number[][][] {
  return section.tables.map((table) => {
    const grid = table.rows.map(() => section.columnWidths.map(() => 0));
    table.rows.forEach((row, rowIndex) =>
      row.cells.forEach((cell) => {
        for (let r = rowIndex; r < rowIndex + cell.rowSpan; r++) {
          for (let c = cell.column; c < cell.column + cell.colSpan; c++) grid[r][c] += 1;
        }
      }),
    );
    return grid;
  });
}

describe.each(FORMAT_IDS)('the %s tables as printed', (formatId) => {
  const report = everyCellFilled(formatId);
  const sections = layoutTables(formatId, report.values);

  it('print every value cell of the format exactly once, with its value', () => {
    const printed = sections.flatMap((section) =>
      section.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.filter((cell) => cell.code))),
    );
    expect(printed.map((cell) => cell.code).sort()).toEqual(
      listCells(formatId)
        .map((cell) => cell.code)
        .sort(),
    );
    for (const cell of printed) expect(cell.text).toBe(String(report.values[cell.code!]));
  });

  it('cover every position of their grid exactly once, and span the official width', () => {
    for (const section of sections) {
      for (const grid of coverage(section))
        for (const row of grid) expect(row.every((count) => count === 1)).toBe(true);
      expect(section.columnWidths.reduce((sum, width) => sum + width, 0)).toBe(TABLE_WIDTH);
    }
  });
});

it('a blank cell prints blank, never 0', () => {
  const [, tableB] = layoutTables('2021', { 'T21.B.A1.TOT': 0 });
  const cells = tableB.tables[0].rows.flatMap((row) => row.cells);
  expect(cells.find((cell) => cell.code === 'T21.B.A1.TOT')?.text).toBe('0');
  expect(cells.find((cell) => cell.code === 'T21.B.A1.NP')?.text).toBe('');
});
