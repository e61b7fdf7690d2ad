import { guessAgencyLevel, type AgencyLevel, type ReportData } from '@nianbao/rules';
import { loadReportFile } from '../report-file';

export interface LoadedAuditReport {
  report: ReportData;
  narrative: string;
  unreadableCells: number;
  /** The importer's remarks on values it read but that deserve a look (e.g. a unit converted), in Chinese. */
  notes: string[];
}

/** Reads a report through the CLI's loader, with the narrative the audit's text checks need. */
export async function loadAuditReport(path: string, level: AgencyLevel | null): Promise<LoadedAuditReport> {
  const loaded = await loadReportFile(path);
  return {
    report: {
      formatId: loaded.formatId,
      reportYear: loaded.reportYear,
      agency: loaded.agency,
      agencyLevel: level ?? guessAgencyLevel(loaded.agency),
      values: loaded.values,
      unreadableCells: loaded.unreadableCells,
    },
    narrative: loaded.narrative,
    unreadableCells: loaded.unreadable.length,
    notes: loaded.notes,
  };
}
