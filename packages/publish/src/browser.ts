/**
 * What a browser may import (the admin app's narrative editor): the document model and the live checks, without the
 * Word/PDF renderers and their Node dependencies. Bundlers alias `@nianbao/publish` to this file.
 */
export type { Block } from './document/blocks';
export { BLOCK_TYPES } from './document/blocks';
export type { NarrativeSection, ReportDocument } from './document/report-document';
export { createReportDocument } from './document/create-report-document';
export { narrativeText } from './document/narrative-text';
export { narrativeOutline } from './document/outline';
export { checkReportDocument } from './checks/check-report-document';
export { findCopiedSections } from './checks/find-copied-sections';
export type { CopiedSectionViolation } from './checks/find-copied-sections';
export { textSimilarity } from './checks/text-similarity';
export { PublishError } from './publish.error';
