import { listCells } from '../src/formats/registry';
import type { FormatId } from '../src/formats/types';
import type { ReportData, ReportValues } from '../src/report';

/** A report of the given format with every cell 0, then the given values. */
export function reportOf(
  formatId: FormatId,
  values: ReportValues = {},
  extra: Partial<ReportData> = {},
): ReportData {
  const zeros: ReportValues = Object.fromEntries(listCells(formatId).map((cell) => [cell.code, 0]));
  return {
    formatId,
    reportYear: formatId === 'legacy' ? 2018 : formatId === '2019' ? 2020 : 2023,
    ...extra,
    values: { ...zeros, ...values },
  };
}

const APPLICANT_COLUMNS = ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH'] as const;

/**
 * Table B values where every identity holds: per column, `received` new applications, `carried` from last year,
 * results spread over 予以公开 / 部分公开 / 本机关不掌握, and the rest carried to next year.
 */
export function consistentApplications(
  prefix: 'T19' | 'T21',
  perColumn: Record<string, [number, number, number, number, number]>,
): ReportValues {
  const values: ReportValues = {};
  const totals = [0, 0, 0, 0, 0];
  for (const column of APPLICANT_COLUMNS) {
    const [received, carried, disclosed, partly, notHeld] = perColumn[column] ?? [0, 0, 0, 0, 0];
    const handled = disclosed + partly + notHeld;
    Object.assign(values, {
      [`${prefix}.B.A1.${column}`]: received,
      [`${prefix}.B.A2.${column}`]: carried,
      [`${prefix}.B.R1.${column}`]: disclosed,
      [`${prefix}.B.R2.${column}`]: partly,
      [`${prefix}.B.R4_1.${column}`]: notHeld,
      [`${prefix}.B.R7.${column}`]: handled,
      [`${prefix}.B.A4.${column}`]: received + carried - handled,
    });
    [received, carried, disclosed, partly, notHeld].forEach((value, index) => (totals[index] += value));
  }
  const [received, carried, disclosed, partly, notHeld] = totals;
  Object.assign(values, {
    [`${prefix}.B.A1.TOT`]: received,
    [`${prefix}.B.A2.TOT`]: carried,
    [`${prefix}.B.R1.TOT`]: disclosed,
    [`${prefix}.B.R2.TOT`]: partly,
    [`${prefix}.B.R4_1.TOT`]: notHeld,
    [`${prefix}.B.R7.TOT`]: disclosed + partly + notHeld,
    [`${prefix}.B.A4.TOT`]: received + carried - disclosed - partly - notHeld,
  });
  return values;
}
