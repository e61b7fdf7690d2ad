export type { Block } from './document/blocks';
export type { NarrativeSection, ReportDocument } from './document/report-document';
export { createReportDocument } from './document/create-report-document';
export type { CreateReportDocumentOptions } from './document/create-report-document';
export type { NarrativeInput, SectionInput } from './document/narrative-input';
export { narrativeFromText } from './document/narrative-from-text';
export { narrativeText } from './document/narrative-text';
export { BLOCK_TYPES } from './document/blocks';
export { LEGACY_ATTACHMENT_TITLE, narrativeOutline } from './document/outline';
export type { OutlineEntry } from './document/outline';
export { checkReportDocument } from './checks/check-report-document';
export type { CheckReportDocumentOptions } from './checks/check-report-document';
export {
  COPIED_SECTION_MIN_LENGTH,
  COPIED_SECTION_THRESHOLD,
  findCopiedSections,
} from './checks/find-copied-sections';
export type { CopiedSectionViolation } from './checks/find-copied-sections';
export { textSimilarity } from './checks/text-similarity';
export { layoutSection, layoutTables } from './layout/table-layout';
export type { CellRole, LayoutCell, LayoutRow, LayoutSection, LayoutTable } from './layout/layout-types';
export { renderHtml, renderHtmlContent } from './html/render-html';
export { renderDocx } from './docx/render-docx';
export { PdfRenderer } from './pdf/pdf-renderer';
export type { PdfRendererOptions } from './pdf/pdf-renderer';
export { renderPdf } from './pdf/render-pdf';
export { OUTPUT_FORMATS, renderBundle, renderReportsZip } from './bundle/render-bundle';
export type {
  OutputFormat,
  RenderBundleOptions,
  RenderReportsZipOptions,
  ZipProgress,
} from './bundle/render-bundle';
export { PublishError, PublishErrorCode } from './publish.error';
