import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ExcelImportError, importWorkbook } from '@nianbao/excel';
import { importPublishedReport, ReportImportError } from '@nianbao/report-import';
import type { FormatId, ReportValues } from '@nianbao/rules';

/** What the CLI needs from any report file, whatever importer read it. */
export interface LoadedReport {
  formatId: FormatId;
  reportYear: number | null;
  agency: string | null;
  values: ReportValues;
  unreadable: { code?: string; label: string; raw?: string; reason: string }[];
  /** Values that were read but deserve a look (e.g. a unit converted), in Chinese. */
  notes: string[];
  /** The report's text outside the tables; empty for a workbook. */
  narrative: string;
}

/** Spreadsheet-like extensions go to the workbook importer, which explains .xls/.et/.csv refusals itself. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.csv']);

async function loadWorkbook(fileName: string, data: Uint8Array): Promise<LoadedReport> {
  const workbook = await importWorkbook(data, { fileName });
  const problemsOf = (severity: 'error' | 'warning') =>
    workbook.problems.filter((problem) => problem.severity === severity);
  return {
    formatId: workbook.formatId,
    reportYear: workbook.reportYear,
    agency: workbook.agency,
    values: workbook.values,
    unreadable: problemsOf('error').map((problem) => ({
      code: problem.code,
      label: problem.sheet ? `${problem.sheet}!${problem.cell} ${problem.label}` : problem.label,
      reason: problem.message,
    })),
    notes: problemsOf('warning').map((problem) => problem.message),
    narrative: '',
  };
}

/** A file that cannot be read as a report; the message is for the user, in Chinese. */
export class UnreadableReportError extends Error {}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function loadReportFile(path: string): Promise<LoadedReport> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UnreadableReportError('找不到该文件');
  if (!info.isFile()) throw new UnreadableReportError('这不是一个文件');
  if (info.size > MAX_FILE_BYTES) {
    throw new UnreadableReportError(
      `文件有 ${(info.size / 1024 / 1024).toFixed(1)} MB，超过 50 MB 上限；年度报告文件通常不足 1 MB，请确认选择了正确的文件`,
    );
  }
  const data = new Uint8Array(await readFile(path));
  try {
    if (WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) return await loadWorkbook(basename(path), data);
    return { ...(await importPublishedReport({ fileName: basename(path), data })), notes: [] };
  } catch (error) {
    if (error instanceof ReportImportError || error instanceof ExcelImportError) {
      throw new UnreadableReportError(error.message);
    }
    throw error;
  }
}
