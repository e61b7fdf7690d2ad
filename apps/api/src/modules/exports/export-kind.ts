/**
 * `reports`: every report of the subtree in one workbook; `summary`: the 汇总 of its approved reports; `progress`: who
 * is missing, late or returned; `documents`: the approved reports as published (Word/PDF/网页) in one zip.
 */
export const EXPORT_KINDS = ['reports', 'summary', 'progress', 'documents'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
