import type { ReportSourceKind } from '../imported-report';

/**
 * What every reader (txt, html, docx) turns a file into, so that one matcher maps any of them onto the template:
 * tables as rows of cell texts, and the remaining text as lines.
 */
export type SourceBlock = SourceTable | SourceText;

export interface SourceTable {
  kind: 'table';
  /** Physical rows as printed; a merged cell appears once, in the first row it spans. */
  rows: string[][];
}

export interface SourceText {
  kind: 'text';
  /**
   * Lines of running text. Pages that print a table as one cell per line end up here too, so the matcher can fall
   * back to reading them as a stream of cells.
   */
  lines: string[];
}

export interface SourceDocument {
  source: ReportSourceKind;
  /** Title of the page or document when the format has one (HTML <title>, Word document title). */
  title: string | null;
  blocks: SourceBlock[];
}
