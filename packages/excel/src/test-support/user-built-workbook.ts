import { getFormat, gridCellCode } from '@nianbao/rules';
import type { FormatId, GridDef, RowDef } from '@nianbao/rules';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { TypedValue } from './fill-template';

export interface UserTableOptions {
  agency?: string;
  reportYear?: number;
  /** Value columns of each grid in this order (indexes into the grid's columns), e.g. reversed. */
  reverseColumns?: boolean;
  /** Blank rows and a note row inserted between data rows, as people do when pasting tables. */
  insertRows?: boolean;
  /** Half-width brackets and colons, 1、 instead of 1. — how labels look when retyped. */
  retypeLabels?: boolean;
  /** One sheet per table instead of all tables on one sheet. */
  sheetPerSection?: boolean;
}

function retype(label: string): string {
  return label
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    // Inside a label, 、 and ， typed as an ASCII comma (…逾期不补正,行政机关不再处理…), as real reports print them.
    .replace(/(?<=[\u4e00-\u9fff]{2})[、，]/g, ',')
    .replace(/^(\d)\./, '$1、');
}

function depth(grid: GridDef, row: RowDef): number {
  let level = 1;
  for (let parent = row.parent; parent; parent = grid.rows.find((r) => r.code === parent)?.parent) level++;
  return level;
}

/**
 * Writes a table the way a person rebuilds the official Word table in Excel by hand — not with our template code:
 * labels typed in plain cells, group headings merged down, values in whatever form the caller gives.
 */
export async function buildUserWorkbook(
  formatId: FormatId,
  typed: Record<string, TypedValue>,
  options: UserTableOptions = {},
): Promise<Uint8Array> {
  const workbook = new Workbook();
  const label = (text: string) => (options.retypeLabels ? retype(text) : text);
  let sheet: Worksheet = workbook.addWorksheet('Sheet1');
  let row = 1;
  sheet.getCell(row++, 1).value = `政府信息公开工作年度报告（${options.reportYear ?? 2021}年度）`;
  if (options.agency) sheet.getCell(row++, 1).value = `填报单位：${options.agency}`;
  for (const [sectionIndex, section] of getFormat(formatId).sections.entries()) {
    if (options.sheetPerSection && sectionIndex > 0) {
      sheet = workbook.addWorksheet(`表${sectionIndex + 1}`);
      row = 1;
    }
    sheet.getCell(row++, 1).value = section.title;
    for (const grid of section.grids) {
      if (grid.caption) sheet.getCell(row++, 1).value = label(grid.caption);
      const columns = options.reverseColumns ? [...grid.columns].reverse() : grid.columns;
      if (grid.code === 'C') {
        row = writeHorizontal(sheet, row, grid, formatId, typed, columns);
        continue;
      }
      const labelColumns = formatId === 'legacy' ? 2 : Math.max(...grid.rows.map((r) => depth(grid, r)));
      columns.forEach((column, index) => {
        const col = labelColumns + 1 + index;
        if (column.headerPath?.length) sheet.getCell(row, col).value = column.headerPath.join('/');
        sheet.getCell(row + 1, col).value = label(column.label);
      });
      sheet.getCell(row + 1, 1).value = grid.corner ?? '';
      if (formatId === 'legacy') sheet.getCell(row + 1, 2).value = '单位';
      row += 2;
      for (const rowDef of grid.rows) {
        if (rowDef.isHeading && formatId !== 'legacy') continue;
        const level = depth(grid, rowDef);
        const labelCol = formatId === 'legacy' ? 1 : level;
        sheet.getCell(row, labelCol).value = label(rowDef.label);
        if (formatId !== 'legacy' && labelCol < labelColumns)
          sheet.mergeCells(row, labelCol, row, labelColumns);
        if (formatId === 'legacy')
          sheet.getCell(row, 2).value = rowDef.isHeading ? '——' : (rowDef.unit ?? '');
        if (!rowDef.isHeading) {
          columns.forEach((column, index) => {
            const code = gridCellCode(formatId, grid, rowDef.code, column.code) as string;
            sheet.getCell(row, labelColumns + 1 + index).value = typed[code] ?? null;
          });
        }
        row++;
        if (options.insertRows && rowDef.code.endsWith('1')) {
          sheet.getCell(row + 1, 1).value = '注：本行为填表人插入的说明';
          row += 2;
        }
      }
      row++;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeHorizontal(
  sheet: Worksheet,
  top: number,
  grid: GridDef,
  formatId: FormatId,
  typed: Record<string, TypedValue>,
  columns: GridDef['columns'],
): number {
  const blocks = grid.rows.filter((row) => !row.isHeading);
  blocks.forEach((block, index) => {
    const first = 1 + index * columns.length;
    const heading = block.parent ? grid.rows.find((row) => row.code === block.parent) : undefined;
    if (heading && index === blocks.findIndex((other) => other.parent === heading.code)) {
      sheet.getCell(top, first).value = heading.label;
      sheet.mergeCells(top, first, top, first + 2 * columns.length - 1);
    }
    sheet.getCell(top + 1, first).value = block.label;
    sheet.mergeCells(top + 1, first, top + 1, first + columns.length - 1);
    columns.forEach((column, offset) => {
      sheet.getCell(top + 2, first + offset).value = column.label;
      const code = gridCellCode(formatId, grid, block.code, column.code) as string;
      sheet.getCell(top + 3, first + offset).value = typed[code] ?? null;
    });
  });
  return top + 5;
}
