import type { ReportData, ReportValues, Severity, Violation } from '@nianbao/rules';
import { findCell, listCells, parseCellText, validateReport } from '@nianbao/rules';
import type { ImportProblem } from '../workbook-import/import-report-file';

/** What the editor knows about one cell: the worst finding on it and every message to show. */
export interface CellProblem {
  severity: Exclude<Severity, 'INFO'> | 'INVALID';
  messages: string[];
}

export interface ReportCheck {
  values: ReportValues;
  violations: Violation[];
  /** Cells whose text is not a number, with the Chinese message. */
  invalidCells: Map<string, string>;
  problems: Map<string, CellProblem>;
  /** Milliseconds the rules took, for the performance budget of one keystroke. */
  validationMs: number;
}

const SEVERITY_RANK: Record<CellProblem['severity'], number> = { INVALID: 0, HARD: 1, SOFT: 2 };

/** Cell texts as a person sees them: numbers print plainly, not-filled is empty. */
export function textsFromValues(values: ReportValues): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [code, value] of Object.entries(values)) texts[code] = value === null ? '' : String(value);
  return texts;
}

/** Reads every cell text and runs the format's rules over the numbers. */
export function checkReport(
  report: Omit<ReportData, 'values'>,
  texts: Record<string, string>,
  previous?: ReportData | null,
): ReportCheck {
  const values: ReportValues = {};
  const invalidCells = new Map<string, string>();
  for (const cell of listCells(report.formatId)) {
    const text = texts[cell.code];
    if (text === undefined) continue;
    const parsed = parseCellText(text, cell.kind);
    if (parsed.status === 'invalid') {
      invalidCells.set(
        cell.code,
        `“${text}”不是数字，请填写${cell.kind === 'amount' ? '金额（万元）' : '整数'}，未填写可留空`,
      );
      values[cell.code] = null;
    } else if (
      parsed.value !== null &&
      cell.kind === 'count' &&
      (!Number.isInteger(parsed.value) || parsed.value < 0)
    ) {
      invalidCells.set(cell.code, `“${text}”应为不小于 0 的整数`);
      values[cell.code] = null;
    } else {
      values[cell.code] = parsed.value;
    }
  }
  const started = performance.now();
  const violations = validateReport({ ...report, values }, { previous });
  const validationMs = performance.now() - started;

  const problems = new Map<string, CellProblem>();
  const note = (code: string, severity: CellProblem['severity'], message: string) => {
    const existing = problems.get(code);
    if (!existing) problems.set(code, { severity, messages: [message] });
    else {
      existing.messages.push(message);
      if (SEVERITY_RANK[severity] < SEVERITY_RANK[existing.severity]) existing.severity = severity;
    }
  };
  for (const [code, message] of invalidCells) note(code, 'INVALID', message);
  // INFO findings (e.g. “not filled”) cover whole sections: they are listed in the panel, not painted on cells.
  for (const violation of violations) {
    if (violation.severity === 'INFO') continue;
    for (const code of violation.cells) note(code, violation.severity, violation.message);
  }
  return { values, violations, invalidCells, problems, validationMs };
}

/** The Chinese name of a cell for messages and screen readers. */
export function cellName(formatId: ReportData['formatId'], code: string): string {
  return findCell(formatId, code)?.displayName ?? code;
}

/** The live findings plus an upload's problems on the cells the user has not changed since (the file's errors). */
export function withImportProblems(
  problems: ReadonlyMap<string, CellProblem>,
  importProblems: readonly ImportProblem[] | undefined,
  isUnchanged: (code: string) => boolean,
): ReadonlyMap<string, CellProblem> {
  const relevant = importProblems?.filter((problem) => problem.code && isUnchanged(problem.code)) ?? [];
  if (relevant.length === 0) return problems;
  const merged = new Map(
    [...problems].map(([code, problem]) => [code, { ...problem, messages: [...problem.messages] }]),
  );
  for (const problem of relevant) {
    const code = problem.code!;
    const message = `导入文件${problem.address ? `（${problem.address}）` : ''}：${problem.message}`;
    const severity = problem.severity === 'error' ? 'INVALID' : 'SOFT';
    const existing = merged.get(code);
    if (!existing) merged.set(code, { severity, messages: [message] });
    else {
      existing.messages.push(message);
      if (SEVERITY_RANK[severity] < SEVERITY_RANK[existing.severity]) existing.severity = severity;
    }
  }
  return merged;
}
