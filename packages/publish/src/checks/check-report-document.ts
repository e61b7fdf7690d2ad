import { checkNarrative, checkStructure, type Violation } from '@nianbao/rules';
import { narrativeText } from '../document/narrative-text';
import type { ReportDocument } from '../document/report-document';
import { findCopiedSections } from './find-copied-sections';

export interface CheckReportDocumentOptions {
  /** The same agency's document of the previous year, for the 内容雷同 check. */
  previous?: ReportDocument;
}

/**
 * The live checks of a document while it is written: numbers in the text against the tables and the six sections
 * (both from @nianbao/rules), and sections copied from last year's report.
 */
export function checkReportDocument(
  document: ReportDocument,
  { previous }: CheckReportDocumentOptions = {},
): Violation[] {
  const text = narrativeText(document);
  return [
    ...checkStructure(text, document.report),
    ...checkNarrative(text, document.report),
    ...(previous ? findCopiedSections(document, previous) : []),
  ];
}
