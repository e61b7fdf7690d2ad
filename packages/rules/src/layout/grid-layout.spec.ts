import { FORMAT_IDS, getFormat, listCells } from '../formats/registry';
import type { FormatId } from '../formats/types';
import { layoutGrid } from './grid-layout';
import type { GridLayout } from './layout-types';

const gridOf = (formatId: FormatId, sectionCode: string, gridCode?: string) => {
  const section = getFormat(formatId).sections.find((candidate) => candidate.code === sectionCode)!;
  return layoutGrid(formatId, gridCode ? section.grids.find((g) => g.code === gridCode)! : section.grids[0]);
};
const cellWith = (layout: GridLayout, text: string) => layout.cells.find((cell) => cell.text === text)!;
const valuesOf = (layout: GridLayout) => layout.cells.filter((cell) => cell.role === 'value');

describe.each(FORMAT_IDS)('the %s tables as laid out', (formatId) => {
  const layouts = getFormat(formatId).sections.flatMap((section) =>
    section.grids.map((grid) => layoutGrid(formatId, grid)),
  );

  it('place every value cell of the format exactly once', () => {
    const codes = layouts.flatMap((layout) => valuesOf(layout).map((cell) => cell.cellCode));
    expect(codes.sort()).toEqual(
      listCells(formatId)
        .map((cell) => cell.code)
        .sort(),
    );
  });

  it('cover every position of each grid exactly once, headers on top and labels on the left', () => {
    for (const layout of layouts) {
      const counts = Array.from({ length: layout.rowCount }, () => Array<number>(layout.columnCount).fill(0));
      for (const cell of layout.cells) {
        for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
          for (let c = cell.col; c < cell.col + cell.colSpan; c++) counts[r][c] += 1;
        if (cell.role === 'value') {
          expect(cell.row).toBeGreaterThanOrEqual(layout.headerRowCount);
          expect(cell.col).toBeGreaterThanOrEqual(layout.labelColumnCount);
        }
      }
      expect(counts.flat().every((count) => count === 1)).toBe(true);
    }
  });
});

describe.each(['2019', '2021'] as const)('the %s Table B', (formatId) => {
  const layout = gridOf(formatId, 'B');

  it('has a three-row header where 申请人情况 spans 7 columns and 法人或其他组织 5', () => {
    expect(layout.headerRowCount).toBe(3);
    expect(cellWith(layout, '申请人情况')).toMatchObject({ row: 0, colSpan: 7, rowSpan: 1, isGroup: true });
    expect(cellWith(layout, '法人或其他组织')).toMatchObject({ row: 1, colSpan: 5, rowSpan: 1 });
    expect(cellWith(layout, '自然人')).toMatchObject({ row: 1, rowSpan: 2, colSpan: 1 });
    expect(cellWith(layout, '商业企业')).toMatchObject({ row: 2, rowSpan: 1, colSpan: 1 });
    expect(layout.cells[0]).toMatchObject({ role: 'corner', rowSpan: 3, colSpan: 3 });
  });

  it('prints three levels of row labels, groups as tall cells left of their items', () => {
    expect(layout.labelColumnCount).toBe(3);
    const group = cellWith(layout, '（三）不予公开');
    const first = cellWith(layout, '1.属于国家秘密');
    expect(group).toMatchObject({ col: 1, rowSpan: 8, colSpan: 1, isGroup: true });
    expect(first).toMatchObject({ row: group.row, col: 2, colSpan: 1 });
    expect(cellWith(layout, '一、本年新收政府信息公开申请数量')).toMatchObject({ col: 0, colSpan: 3 });
    expect(layout.columnCount).toBe(10);
  });
});

it('prints Table C as one row of three five-column blocks', () => {
  const layout = gridOf('2021', 'C');
  expect(layout).toMatchObject({ headerRowCount: 3, labelColumnCount: 0, rowCount: 4, columnCount: 15 });
  expect(valuesOf(layout)).toHaveLength(15);
  expect(valuesOf(layout).every((cell) => cell.row === 3)).toBe(true);
  expect(cellWith(layout, '行政复议')).toMatchObject({ row: 0, col: 0, colSpan: 5 });
  expect(cellWith(layout, '行政诉讼')).toMatchObject({ row: 0, col: 5, colSpan: 10 });
  expect(cellWith(layout, '未经复议直接起诉')).toMatchObject({ row: 1, col: 5, colSpan: 5 });
  expect(cellWith(layout, '复议后起诉')).toMatchObject({ row: 1, col: 10, colSpan: 5 });
  expect(layout.cells.filter((cell) => cell.text === '总计').map((cell) => cell.col)).toEqual([4, 9, 14]);
});

it('prints the legacy 统计表 as an indented list with a 单位 column', () => {
  const layout = gridOf('legacy', 'T');
  expect(layout).toMatchObject({ headerRowCount: 1, labelColumnCount: 2, columnCount: 3 });
  expect(layout.cells.slice(0, 3).map((cell) => cell.text)).toEqual(['统计指标', '单位', '统计数']);
  const rows = layout.cells.filter((cell) => cell.row === 2).map(({ role, text }) => ({ role, text }));
  expect(rows[1]).toEqual({ role: 'unit', text: '条' });
  const heading = layout.cells.find((cell) => cell.role === 'rowLabel' && cell.depth === 0)!;
  expect(layout.cells.filter((cell) => cell.row === heading.row).map((cell) => cell.text)).toEqual([
    heading.text,
    '——',
    '——',
  ]);
  expect(layout.cells.some((cell) => cell.role === 'rowLabel' && cell.depth === 2)).toBe(true);
});
