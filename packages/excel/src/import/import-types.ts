import type { FormatId, ReportValues } from '@nianbao/rules';

/** Something wrong with one cell (or a missing row/column) of an uploaded workbook. */
export interface ImportProblem {
  /** Worksheet name, e.g. 依申请公开; empty when the problem is a label that was not found anywhere. */
  sheet: string;
  /** A1 address, e.g. D12; empty when no cell can be named. */
  cell: string;
  /** Chinese name of the table cell, e.g. 一、本年新收政府信息公开申请数量·自然人. */
  label: string;
  /** Complete Chinese sentence including `sheet!cell` and the label, ready to show as is. */
  message: string;
  /** Cell code of the value concerned, when there is one. */
  code?: string;
  /** `error`: the value could not be read (treated as not filled); `warning`: read, but check it. */
  severity: 'error' | 'warning';
}

export interface WorkbookImport {
  formatId: FormatId;
  reportYear: number | null;
  agency: string | null;
  values: ReportValues;
  problems: ImportProblem[];
  /** Where each value was read, `sheet!A1` by cell code, to point rule violations at cells. */
  cellAddresses: Record<string, string>;
  /** `template`: our own workbook read through its cell names; `labels`: a user-built table matched by its labels. */
  matchedBy: 'template' | 'labels';
}
