import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { getFormat } from '@nianbao/rules';
import { type AuditResult, countBySeverity } from './audit-result';

const SEVERITY_NAMES = { HARD: '错误（HARD）', SOFT: '提示（SOFT）', INFO: '说明（INFO）' } as const;

/** Text a spreadsheet could take for a formula (= + - @) gets the apostrophe that marks it as text. */
const asText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** The audit as one workbook: 概览 (one row per file) and 问题清单 (one row per finding). */
export async function writeAuditWorkbook(result: AuditResult, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'nianbao';
  const overview = addSheet(workbook, '概览', [
    { header: '单位', width: 30 },
    { header: '年度', width: 8 },
    { header: '表格格式', width: 22 },
    { header: 'HARD', width: 8 },
    { header: 'SOFT', width: 8 },
    { header: 'INFO', width: 8 },
    { header: '无法核对', width: 10 },
    { header: '无法读取的单元格', width: 16 },
    { header: '跨年度比对', width: 12 },
    { header: '文件', width: 40 },
    { header: '说明', width: 50 },
  ]);
  for (const audited of result.reports) {
    const counts = countBySeverity(audited.findings);
    overview.addRow([
      asText(audited.report.agency ?? '（未识别）'),
      audited.report.reportYear ?? '',
      getFormat(audited.report.formatId).shortName,
      counts.HARD,
      counts.SOFT,
      counts.INFO,
      counts.notCheckable,
      audited.unreadableCells,
      audited.hasPreviousYear ? '已比对上年' : '无上年报告',
      asText(basename(audited.file)),
      '',
    ]);
  }
  for (const failure of result.failures) {
    overview.addRow([
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      asText(basename(failure.file)),
      asText(`无法读取：${failure.error}`),
    ]);
  }

  const findings = addSheet(workbook, '问题清单', [
    { header: '单位', width: 30 },
    { header: '年度', width: 8 },
    { header: '级别', width: 14 },
    { header: '规则', width: 22 },
    { header: '单元格', width: 28 },
    { header: '正文原句', width: 50 },
    { header: '表格值/应为', width: 12 },
    { header: '报告所述/实际', width: 12 },
    { header: '说明', width: 80 },
    { header: '文件', width: 40 },
  ]);
  for (const audited of result.reports) {
    for (const finding of audited.findings) {
      findings.addRow([
        asText(audited.report.agency ?? '（未识别）'),
        audited.report.reportYear ?? '',
        SEVERITY_NAMES[finding.severity],
        finding.ruleId,
        finding.cells.join('、'),
        asText(finding.sentence ?? ''),
        finding.expected ?? '',
        finding.actual ?? '',
        asText(finding.message),
        asText(basename(audited.file)),
      ]);
    }
  }
  findings.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  findings.getColumn(9).alignment = { wrapText: true, vertical: 'top' };
  await workbook.xlsx.writeFile(path);
}
