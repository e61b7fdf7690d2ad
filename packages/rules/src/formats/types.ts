/** The three national table formats. `legacy` = report years ≤ 2018, `2019` = 2019–2020 trial, `2021` = 2021 onward. */
export type FormatId = 'legacy' | '2019' | '2021';

/**
 * What a cell may hold. `count`: non-negative integer; `signedCount`: integer that may be negative (本年增/减);
 * `amount`: non-negative decimal in 万元.
 */
export type ValueKind = 'count' | 'signedCount' | 'amount';

export interface ColumnDef {
  /** Stable code, unique within its grid (e.g. `TOT`, `NP`, `MADE`). */
  code: string;
  /** Chinese column header as printed in the official table. */
  label: string;
  /** Header cells above this one (e.g. `['申请人情况', '法人或其他组织']`), outermost first. */
  headerPath?: string[];
  kind?: ValueKind;
  unit?: string;
  /** Other accepted spellings, matched after normalisation. */
  aliases?: string[];
  /** This column is the sum of these columns of the same row (e.g. 总计). Generates one identity per row. */
  sumOf?: string[];
}

export interface RowDef {
  /** Stable code, unique within its grid (e.g. `A1`, `R3_1`, `L3_1`). */
  code: string;
  /** Chinese row label exactly as printed (without indentation). */
  label: string;
  aliases?: string[];
  /** Code of the enclosing row (group heading or parent total). */
  parent?: string;
  /** A heading row carries no values (单位 `——` in the legacy table, merged group cells in the 2019/2021 tables). */
  isHeading?: boolean;
  unit?: string;
  kind?: ValueKind;
  /** This row equals the sum of these rows, column by column. */
  sumOf?: string[];
  /** This row is a “其中” subset of the given row: value ≤ that row. */
  subsetOf?: string;
}

/** An identity stated by the table itself, e.g. “第一项加第二项之和，等于第三项加第四项之和”, checked per column. */
export interface GridEquation {
  id: string;
  left: string[];
  right: string[];
  /** The sentence from the table that states the identity. */
  statement: string;
}

export interface GridDef {
  /** Unique within the section, e.g. `20_1` for 第二十条第（一）项, `B` for Table B. */
  code: string;
  /** Caption above the grid (e.g. 第二十条第（一）项), if any. */
  caption?: string;
  /** Text of the top-left header cell (e.g. 信息内容, 统计指标). */
  corner?: string;
  columns: ColumnDef[];
  rows: RowDef[];
  equations?: GridEquation[];
}

export interface SectionDef {
  /** `A`/`B`/`C` for the 2019/2021 tables, `T` for the single legacy table. */
  code: string;
  /** Heading as printed, e.g. 三、收到和处理政府信息公开申请情况. */
  title: string;
  /** Short name used for spreadsheet tabs and navigation, e.g. 依申请公开. */
  shortName: string;
  grids: GridDef[];
}

export interface FormatDef {
  id: FormatId;
  /** Prefix of every cell code of this format: `L`, `T19`, `T21`. */
  prefix: string;
  name: string;
  /** How people tell the formats apart in a message: 旧统计表（2018 年及以前）, 2019 试行格式, 2021 格式. */
  shortName: string;
  /** The national document that defines the format. */
  authority: string;
  firstYear: number | null;
  lastYear: number | null;
  sections: SectionDef[];
  /** Narrative section headings in order (empty for legacy, whose narrative is free). */
  narrativeSections: string[];
}

/** One value cell of a format, flattened from its section, grid, row and column. */
export interface CellDef {
  code: string;
  formatId: FormatId;
  section: SectionDef;
  grid: GridDef;
  row: RowDef;
  column: ColumnDef;
  kind: ValueKind;
  unit: string | null;
  /** Row label path from the outermost heading to the row, e.g. `['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']`. */
  rowLabelPath: string[];
  /** Column label path, e.g. `['申请人情况', '法人或其他组织', '商业企业']`; empty for the single legacy value column. */
  columnLabelPath: string[];
  /** A short Chinese name readers recognise, e.g. `（七）总计 / 总计`. */
  displayName: string;
}
