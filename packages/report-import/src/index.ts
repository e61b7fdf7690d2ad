export { importPublishedReport, MAX_REPORT_FILE_BYTES } from './import-published-report';
export type { PublishedReportFile } from './import-published-report';
export type { ImportedReport, LabelVariant, ReportSourceKind, UnreadableCell } from './imported-report';
export { ReportImportError, ReportImportErrorCode } from './report-import.error';
