import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { FormatId, ReportValues } from '@nianbao/rules';

/** What the CLI needs from any report file, whatever importer read it. */
export interface LoadedReport {
  formatId: FormatId;
  reportYear: number | null;
  agency: string | null;
  values: ReportValues;
  unreadable: { code?: string; label: string; raw?: string; reason: string }[];
  /** The codes of the unreadable cells: the rules report identities over them as NOT-CHECKABLE, not as errors. */
  unreadableCells: string[];
  /** Values that were read but deserve a look (e.g. a unit converted), in Chinese. */
  notes: string[];
  /** The report's text outside the tables; empty for a workbook. */
  narrative: string;
}

/** A file that cannot be read as a report; the message is for the user, in Chinese. */
export class UnreadableReportError extends Error {
  constructor(
    /** Stable, for scripts reading `--json`: the importer's code (EMPTY_FILE, CORRUPT_PDF…) or the CLI's own. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableReportError';
  }
}

/** Spreadsheet-like extensions go to the workbook importer, which explains .xls/.et/.csv refusals itself. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et', '.csv']);

// The importers are loaded on first use: the workbook importer brings exceljs (a third of a second to load), which
// a batch of web pages never needs.

async function loadWorkbook(fileName: string, data: Uint8Array): Promise<LoadedReport> {
  const { ExcelImportError, importWorkbook } = await import('@nianbao/excel');
  const workbook = await importWorkbook(data, { fileName }).catch((error: unknown) => {
    throw error instanceof ExcelImportError ? new UnreadableReportError(error.code, error.message) : error;
  });
  const problemsOf = (severity: 'error' | 'warning') =>
    workbook.problems.filter((problem) => problem.severity === severity);
  const unreadable = problemsOf('error');
  return {
    formatId: workbook.formatId,
    reportYear: workbook.reportYear,
    agency: workbook.agency,
    values: workbook.values,
    unreadable: unreadable.map((problem) => ({
      code: problem.code,
      label: problem.sheet ? `${problem.sheet}!${problem.cell} ${problem.label}` : problem.label,
      reason: problem.message,
    })),
    unreadableCells: unreadable.flatMap((problem) => (problem.code ? [problem.code] : [])),
    notes: problemsOf('warning').map((problem) => problem.message),
    narrative: '',
  };
}

async function loadPublishedReport(fileName: string, data: Uint8Array): Promise<LoadedReport> {
  const { importPublishedReport, ReportImportError } = await import('@nianbao/report-import');
  const imported = await importPublishedReport({ fileName, data }).catch((error: unknown) => {
    throw error instanceof ReportImportError ? new UnreadableReportError(error.code, error.message) : error;
  });
  const notes = imported.labelVariants.map(
    (variant) => `标签与标准格式不同：「${variant.rowLabel}」印作「${variant.printed}」，已按其位置读取`,
  );
  return { ...imported, notes };
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function loadReportFile(path: string): Promise<LoadedReport> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UnreadableReportError('FILE_NOT_FOUND', '找不到该文件');
  if (!info.isFile()) throw new UnreadableReportError('NOT_A_FILE', '这不是一个文件');
  if (info.size > MAX_FILE_BYTES) {
    throw new UnreadableReportError(
      'FILE_TOO_LARGE',
      `文件有 ${(info.size / 1024 / 1024).toFixed(1)} MB，超过 50 MB 上限；年度报告文件通常不足 1 MB，请确认选择了正确的文件`,
    );
  }
  const data = new Uint8Array(await readFile(path));
  if (WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) return loadWorkbook(basename(path), data);
  return loadPublishedReport(basename(path), data);
}
