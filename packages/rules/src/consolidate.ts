import { listCells } from './formats/registry';
import type { FormatId } from './formats/types';
import type { ReportData, ReportValues } from './report';
import { roundAmount } from './values';

export interface Consolidation {
  formatId: FormatId;
  reportCount: number;
  /** Σ of each cell over the reports; null where no report filled the cell. */
  values: ReportValues;
  /** How many reports filled each cell (a 0 counts, a blank does not). */
  contributors: Record<string, number>;
}

/** 汇总: sums any number of reports of one format cell by cell. */
export function consolidate(reports: readonly ReportData[], formatId?: FormatId): Consolidation {
  const target = formatId ?? reports[0]?.formatId;
  if (!target) throw new Error('consolidate needs a format when there are no reports');
  const mismatch = reports.find((report) => report.formatId !== target);
  if (mismatch) {
    throw new Error(
      `只能汇总同一格式的报告：${mismatch.agency ?? '某报告'}使用的是 ${mismatch.formatId} 格式，其他为 ${target} 格式`,
    );
  }
  const values: ReportValues = {};
  const contributors: Record<string, number> = {};
  for (const cell of listCells(target)) {
    let total: number | null = null;
    let count = 0;
    for (const report of reports) {
      const value = report.values[cell.code];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      total = (total ?? 0) + value;
      count += 1;
    }
    values[cell.code] = total !== null && cell.kind === 'amount' ? roundAmount(total) : total;
    contributors[cell.code] = count;
  }
  return { formatId: target, reportCount: reports.length, values, contributors };
}
