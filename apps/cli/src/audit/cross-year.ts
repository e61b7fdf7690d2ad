import type { ReportData } from '@nianbao/rules';

/** Agencies are matched by name, ignoring spacing and full-/half-width differences. */
export function agencyKey(agency: string | null | undefined): string | null {
  const key = agency?.normalize('NFKC').replace(/\s+/g, '');
  return key ? key : null;
}

/**
 * For each report, the same agency's report of the year before when the batch holds one — the chain the cross-year
 * rules (上年结转, 现行有效件数, jumps) follow. Reports without an agency or a year have no chain.
 */
export function previousYearReports<T extends { report: ReportData }>(entries: readonly T[]): Map<T, T> {
  const byAgencyAndYear = new Map<string, T>();
  for (const entry of entries) {
    const key = agencyKey(entry.report.agency);
    const year = entry.report.reportYear;
    if (key && year) {
      const slot = `${key}|${year}`;
      if (!byAgencyAndYear.has(slot)) byAgencyAndYear.set(slot, entry);
    }
  }
  const previous = new Map<T, T>();
  for (const entry of entries) {
    const key = agencyKey(entry.report.agency);
    const year = entry.report.reportYear;
    const before = key && year ? byAgencyAndYear.get(`${key}|${year - 1}`) : undefined;
    if (before) previous.set(entry, before);
  }
  return previous;
}

/** Other reports of the same agency and year in the batch (often the web page and the Word file of one report). */
export function sameYearDuplicates<T extends { report: ReportData; file: string }>(
  entries: readonly T[],
): Map<T, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const key = agencyKey(entry.report.agency);
    if (!key || !entry.report.reportYear) continue;
    const slot = `${key}|${entry.report.reportYear}`;
    groups.set(slot, [...(groups.get(slot) ?? []), entry]);
  }
  const duplicates = new Map<T, T[]>();
  for (const group of groups.values()) {
    if (group.length > 1)
      for (const entry of group)
        duplicates.set(
          entry,
          group.filter((other) => other !== entry),
        );
  }
  return duplicates;
}

/** Agency, then year: the order the overview lists reports in. */
export function byAgencyAndYear(
  a: { report: ReportData; file: string },
  b: { report: ReportData; file: string },
): number {
  const agencyA = agencyKey(a.report.agency) ?? '\uffff';
  const agencyB = agencyKey(b.report.agency) ?? '\uffff';
  return (
    agencyA.localeCompare(agencyB, 'zh-CN') ||
    (a.report.reportYear ?? 0) - (b.report.reportYear ?? 0) ||
    a.file.localeCompare(b.file)
  );
}
