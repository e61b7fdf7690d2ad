import { importWorkbook } from '@nianbao/excel';
import type { FormatId, ReportValues } from '@nianbao/rules';
import { importPublishedReport } from '@nianbao/report-import';
import type { UploadKind } from './sniff-upload';
import { fileNameFor } from './sniff-upload';
import { ImportsException } from './imports.exception';

/** One problem with the uploaded file, addressed to a cell where there is one (`依申请公开!D12`). */
export interface FileProblem {
  message: string;
  severity: 'error' | 'warning';
  code: string | null;
  /** `sheet!A1` in a workbook; null for Word, web and text files. */
  address: string | null;
}

export interface ReportFileContents {
  formatId: FormatId;
  reportYear: number | null;
  agency: string | null;
  values: ReportValues;
  problems: FileProblem[];
  /** Where each value was read, by cell code (workbooks only). */
  cellAddresses: Record<string, string>;
}

/** Reads a workbook with @nianbao/excel and a published report (Word, web page, text, PDF) with @nianbao/report-import. */
export async function readReportFile(
  kind: UploadKind,
  data: Uint8Array,
  fileName: string,
): Promise<ReportFileContents> {
  if (kind === 'zip')
    throw ImportsException.unsupported(
      '这是压缩包；请上传单个报告文件，或使用“批量导入”上传多个工作簿的压缩包。',
    );
  if (kind === 'xlsx') {
    const workbook = await importWorkbook(data, { fileName });
    return {
      formatId: workbook.formatId,
      reportYear: workbook.reportYear,
      agency: workbook.agency,
      values: workbook.values,
      cellAddresses: workbook.cellAddresses,
      problems: workbook.problems.map((problem) => ({
        message: problem.message,
        severity: problem.severity,
        code: problem.code ?? null,
        address: problem.sheet && problem.cell ? `${problem.sheet}!${problem.cell}` : null,
      })),
    };
  }
  const report = await importPublishedReport({ fileName: fileNameFor(kind, fileName), data });
  return {
    formatId: report.formatId,
    reportYear: report.reportYear,
    agency: report.agency,
    values: report.values,
    cellAddresses: {},
    problems: report.unreadable.map((cell) => ({
      message: `${cell.label}${cell.raw ? `（“${cell.raw}”）` : ''}：${cell.reason}`,
      severity: 'error' as const,
      code: cell.code ?? null,
      address: null,
    })),
  };
}

/** Cells the file held but the reader could not take as values (text in a number cell, a row not found). */
export function unreadableCellsOf(contents: ReportFileContents): string[] {
  return contents.problems.flatMap((problem) =>
    problem.severity === 'error' && problem.code ? [problem.code] : [],
  );
}
