import type { FormatId } from './formats/types';

/** Administrative level of the reporting agency; some plausibility rules depend on it (e.g. who may make 规章). */
export type AgencyLevel =
  'city-government' | 'county-government' | 'city-department' | 'county-department' | 'township';

/** Cell values keyed by cell code. `null` (or a missing key) means “not filled” — blank, “/”, “—” — never 0. */
export type ReportValues = Record<string, number | null>;

export interface ReportData {
  formatId: FormatId;
  reportYear?: number | null;
  agency?: string | null;
  agencyLevel?: AgencyLevel | null;
  values: ReportValues;
  /**
   * Cells a reader could not read from a published report (left `null` in `values`). A check over one of them is
   * not run: its finding would be about the reader, not the report.
   */
  unreadableCells?: readonly string[];
}

export type Severity = 'HARD' | 'SOFT' | 'INFO';

export interface Violation {
  ruleId: string;
  severity: Severity;
  /** Chinese, names the cells and shows expected and actual values. */
  message: string;
  cells: string[];
  expected?: number | null;
  actual?: number | null;
}
