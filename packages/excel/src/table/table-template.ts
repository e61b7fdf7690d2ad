import { Workbook } from 'exceljs';
import { saveWorkbook } from '../workbook/save-workbook';
import { FONTS, TABLE_BORDER } from '../workbook/styles';

export interface TableColumn {
  header: string;
  /** Column width in characters. */
  width: number;
  /** The only values the column takes: offered as a drop-down list. */
  choices?: readonly string[];
}

export interface TableTemplate {
  sheetName: string;
  columns: readonly TableColumn[];
  /** Example rows, shown under the instructions (not on the list, where a forgotten example would be imported). */
  examples: readonly (readonly string[])[];
  /** How to fill the list, one sentence a line, on a second sheet. */
  instructions: readonly string[];
}

/** Rows of the list sheet that get the drop-down lists. */
const LIST_ROWS = 500;

/** A blank list for an import (users, orgs…): a header row and drop-downs, and a sheet of instructions with examples. */
export async function createTableTemplate(template: TableTemplate): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '政府信息公开工作年度报告系统';
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(template.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = FONTS.header;
    cell.border = TABLE_BORDER;
  });
  template.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    // Text cells: a username or password of digits stays as typed.
    sheetColumn.numFmt = '@';
    if (!column.choices) return;
    for (let row = 2; row <= LIST_ROWS; row += 1) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '请从列表中选择',
        error: `可选：${column.choices.join('、')}`,
      };
    }
  });
  const notes = workbook.addWorksheet('填写说明');
  for (const line of template.instructions) notes.addRow([line]);
  notes.addRow([]);
  notes.addRow(['示例：']).font = FONTS.header;
  notes.addRow(template.columns.map((column) => column.header)).font = FONTS.header;
  for (const example of template.examples) notes.addRow([...example]);
  template.columns.forEach((column, index) => (notes.getColumn(index + 1).width = column.width));
  return saveWorkbook(workbook);
}
