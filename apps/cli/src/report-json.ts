import { isFormatId, listCells, type ReportData } from '@nianbao/rules';

/** A `nianbao check --json` result that cannot be turned back into a report. */
export class InvalidReportJsonError extends Error {}

interface CheckJson {
  file?: string;
  template?: unknown;
  reportYear?: unknown;
  agency?: unknown;
  cells?: { code?: unknown; value?: unknown }[];
  /** `{code, message}`; a plain string in files written before the codes were added. */
  error?: string | { message?: unknown };
}

const errorMessage = (error: NonNullable<CheckJson['error']>) =>
  typeof error === 'string' ? error : String(error.message);

function toReport(entry: CheckJson, where: string): ReportData {
  if (entry.error)
    throw new InvalidReportJsonError(`${where}：检查时就无法读取（${errorMessage(entry.error)}）`);
  if (!isFormatId(entry.template) || !Array.isArray(entry.cells)) {
    throw new InvalidReportJsonError(`${where}：不是 nianbao check --json 的输出（缺少 template 或 cells）`);
  }
  const known = new Set(listCells(entry.template).map((cell) => cell.code));
  const values: ReportData['values'] = {};
  for (const cell of entry.cells) {
    if (typeof cell.code !== 'string' || !known.has(cell.code)) continue;
    values[cell.code] = typeof cell.value === 'number' && Number.isFinite(cell.value) ? cell.value : null;
  }
  return {
    formatId: entry.template,
    reportYear: typeof entry.reportYear === 'number' ? entry.reportYear : null,
    agency: typeof entry.agency === 'string' ? entry.agency : null,
    values,
  };
}

/** The entries of a `nianbao check --json` file: one object, an array, or one object per line. */
export function parseJsonEntries(text: string, fileName: string): Record<string, unknown>[] {
  const trimmed = text.trim();
  let entries: Record<string, unknown>[];
  try {
    const whole = JSON.parse(trimmed);
    entries = Array.isArray(whole) ? whole : [whole];
  } catch {
    try {
      entries = trimmed
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    } catch {
      throw new InvalidReportJsonError(
        `${fileName} 不是 JSON 文件；请用 nianbao check 报告文件 --json > ${fileName} 生成`,
      );
    }
  }
  if (!entries.length) throw new InvalidReportJsonError(`${fileName} 中没有报告`);
  return entries;
}

/** Reads the output of `nianbao check --json` into reports. */
export function parseReportJson(text: string, fileName: string): ReportData[] {
  const entries = parseJsonEntries(text, fileName) as CheckJson[];
  return entries.map((entry, index) =>
    toReport(entry, entries.length > 1 ? `${fileName} 第 ${index + 1} 份` : fileName),
  );
}
