import { findCell, listCells, type ReportData, type Violation } from '@nianbao/rules';
import type { FileFailure } from '../file-failure';

export type CheckResult =
  | {
      file: string;
      report: ReportData;
      violations: Violation[];
      unreadable: { code?: string; label: string; raw?: string; reason: string }[];
      notes: string[];
    }
  | { file: string; error: FileFailure };

/** The documented `check --json` shape: readable without knowing our cell codes. */
export function toCheckJson(result: CheckResult) {
  if ('error' in result) return { file: result.file, error: result.error };
  const { report } = result;
  return {
    file: result.file,
    template: report.formatId,
    reportYear: report.reportYear ?? null,
    agency: report.agency ?? null,
    agencyLevel: report.agencyLevel ?? null,
    cells: listCells(report.formatId).map((cell) => ({
      code: cell.code,
      label: [...(cell.grid.caption ? [cell.grid.caption] : []), ...cell.rowLabelPath].join(' / '),
      column: cell.columnLabelPath.join(' / ') || findCell(report.formatId, cell.code)!.column.label,
      value: report.values[cell.code] ?? null,
    })),
    violations: result.violations.map(({ ruleId, severity, message, cells }) => ({
      ruleId,
      severity,
      message,
      cells,
    })),
    unreadable: result.unreadable,
    notes: result.notes,
  };
}
