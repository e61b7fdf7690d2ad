import type { FormatId, ReportValues } from '@nianbao/rules';

export type ReportSourceKind = 'txt' | 'html' | 'docx' | 'pdf';

/** A cell the importer could not read; it is left `null` in `values` rather than guessed. */
export interface UnreadableCell {
  /** Cell code, when the problem belongs to one cell of the template. */
  code?: string;
  /** Chinese name of the cell or table part (row label and column). */
  label: string;
  /** What the report printed there ('' when the row was not found). */
  raw: string;
  /** Chinese explanation. */
  reason: string;
}

/** A row read under a label the report prints differently from the format (a typo, a word dropped). */
export interface LabelVariant {
  /** The format's label of the row. */
  rowLabel: string;
  /** The label as the report prints it. */
  printed: string;
}

export interface ImportedReport {
  formatId: FormatId;
  /** The year the report covers (from its title or the table heading), not the year it was signed. */
  reportYear: number | null;
  agency: string | null;
  /** Every value cell of the format: a number, or `null` when blank, “/”, “—” or unreadable. */
  values: ReportValues;
  unreadable: UnreadableCell[];
  /** The codes of the unreadable cells: rules given these do not judge identities over them (`NOT-CHECKABLE`). */
  unreadableCells: string[];
  /** Rows read under a label that differs from the format's: worth a look, never an error. */
  labelVariants: LabelVariant[];
  /** The report's text outside the statistics tables. */
  narrative: string;
  source: ReportSourceKind;
}
