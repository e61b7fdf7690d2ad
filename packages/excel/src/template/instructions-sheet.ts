import { getFormat, RULES } from '@nianbao/rules';
import type { FormatId, Severity } from '@nianbao/rules';
import type { Workbook } from 'exceljs';
import { FONTS, TABLE_BORDER } from '../workbook/styles';

export const INSTRUCTIONS_SHEET = '填报说明';

const SEVERITY_NAMES: Record<Severity, string> = {
  HARD: '错误（必须更正）',
  SOFT: '提醒（请核实）',
  INFO: '提示',
};

function yearRange(formatId: FormatId): string {
  const format = getFormat(formatId);
  if (format.firstYear === null) return `${format.lastYear} 年度及以前`;
  if (format.lastYear === null) return `${format.firstYear} 年度起`;
  return `${format.firstYear}—${format.lastYear} 年度`;
}

function generalNotes(formatId: FormatId): string[] {
  const format = getFormat(formatId);
  return [
    `本模板对应《${format.name}》（${format.authority}），适用于${yearRange(formatId)}的政府信息公开工作年度报告。`,
    '请在第一张表上方填写填报单位和报告年度，其余各表自动引用。',
    '只在浅黄色单元格中填写数字；栏目名称和表格结构已锁定，请勿增删行列或修改栏目名称。',
    '件数填写不小于 0 的整数；“本年增/减”减少时填负数（如 -8）；金额单位为万元，最多保留 4 位小数。',
    '没有发生的事项填 0；不适用或无法统计的留空。留空与 0 含义不同，合计栏请填写实际合计数。',
    '单元格中可以使用公式，保存前请确认已计算出结果。',
    '保存为 Excel 工作簿（.xlsx）后上传，不要另存为 .xls、.et 或 .csv 格式，也不要设置打开密码。',
    '上传后系统按下列规则逐项校验，并指出出错的工作表和单元格。',
  ];
}

/** The 填报说明 sheet: how to fill the template and every rule the uploaded report will be checked against. */
export function addInstructionsSheet(workbook: Workbook, formatId: FormatId): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 20 }, { width: 16 }, { width: 60 }, { width: 44 }];
  const title = sheet.addRow(['填报说明']);
  title.font = FONTS.title;
  sheet.mergeCells(title.number, 1, title.number, 4);
  title.alignment = { horizontal: 'center' };
  generalNotes(formatId).forEach((note, index) => {
    const row = sheet.addRow([`${index + 1}. ${note}`]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.font = FONTS.rowLabel;
    row.alignment = { wrapText: true, vertical: 'middle' };
    row.height = 30;
  });
  sheet.addRow([]);
  const header = sheet.addRow(['规则编号', '级别', '校验规则', '依据']);
  header.font = FONTS.header;
  const rules = RULES.filter((rule) => rule.formats.includes(formatId));
  for (const rule of rules) {
    const row = sheet.addRow([rule.id, SEVERITY_NAMES[rule.severity], rule.title, rule.basis]);
    row.font = FONTS.rowLabel;
    row.alignment = { wrapText: true, vertical: 'middle' };
  }
  for (let row = header.number; row <= header.number + rules.length; row++) {
    for (let col = 1; col <= 4; col++) sheet.getCell(row, col).border = TABLE_BORDER;
  }
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
