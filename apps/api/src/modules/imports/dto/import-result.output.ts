import type { FileProblem } from '../read-report-file';

/** What a finished import job answers in `result` (GET /api/jobs/{id}). */
export interface ReportImportResult {
  reportId: number;
  /** The new draft version the import wrote. */
  version: number;
  formatId: string;
  /** Problems reading the file, by cell. */
  problems: FileProblem[];
  /** Rule findings on the imported values, each with the cells (and where they were in the file). */
  violations: {
    ruleId: string;
    severity: string;
    message: string;
    cells: { code: string; address: string | null }[];
  }[];
}

/** One file of a batch import. */
export interface BatchFileResult {
  fileName: string;
  status: 'imported' | 'failed';
  message: string;
  orgName: string | null;
  reportId: number | null;
  version: number | null;
  problemCount: number;
}
