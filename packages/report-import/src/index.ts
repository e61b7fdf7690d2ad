export { importPublishedReport, MAX_REPORT_FILE_BYTES } from './import-published-report';
export type { PublishedReportFile } from './import-published-report';
export type { ImportedReport, LabelVariant, ReportSourceKind, UnreadableCell } from './imported-report';
export { ReportImportError, ReportImportErrorCode } from './report-import.error';
export { matchAgencyToOrg, MATCHED_CONFIDENCE } from './org-match/match-agency-to-org';
export type {
  AgencyMatch,
  AgencyMatchInput,
  AgencyMatchLevel,
  OrgCandidate,
} from './org-match/match-agency-to-org';
export { agencyFromFileName, reportYearFromFileName } from './org-match/file-name-hints';
