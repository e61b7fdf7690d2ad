/**
 * A check is one concrete, data-only instance of a rule on named cells, e.g. “T21.B.R7.TOT = Σ 20 cells”. Rules
 * generate their checks from a format's structure; one evaluator interprets every kind.
 */
/** A cell named by section, row and column codes, so it can be found in last year's report of another format. */
export interface CellRef {
  section: string;
  row: string;
  column: string;
}

export type Check =
  /** total = Σ parts. A blank total with filled parts is reported by TOTAL-BLANK instead. */
  | { kind: 'sum'; total: string; parts: string[]; partsDescription: string }
  /** Σ left = Σ right (the 勾稽关系 stated under Table B). */
  | { kind: 'balance'; left: string[]; right: string[] }
  /** Σ smaller ≤ Σ larger. */
  | { kind: 'atMost'; smaller: string[]; larger: string[] }
  /** every item ≤ bound. */
  | { kind: 'eachAtMost'; items: string[]; bound: string }
  /** left = right, where a difference is plausible but needs a word of explanation. */
  | { kind: 'equal'; left: string; right: string }
  /** value of `when` > 0 ⇒ value of `then` > 0. */
  | { kind: 'positiveImplies'; when: string; then: string }
  /** the cell holds a value of its kind (integer ≥ 0, signed integer, 万元 ≥ 0). */
  | { kind: 'valueKind'; cell: string }
  /** a 万元 amount that looks like it was typed in 元. */
  | { kind: 'amountUnit'; cell: string; plausibleMax: number | null }
  /** average 万元 per project below `minAverage` suggests a unit error. */
  | { kind: 'averageAmount'; amount: string; count: string; minAverage: number }
  /** cells that should be 0 for this kind of agency. */
  | { kind: 'zeroForLevel'; cells: string[] }
  /** blank or “/” cells of a section. */
  | { kind: 'notFilled'; cells: string[]; sectionTitle: string }
  /** PREV + DELTA ≥ 0 (2019 format). */
  | { kind: 'nonNegativeSum'; parts: string[] }
  /** this report's cell equals a cell of last year's report (which may use another format). */
  | { kind: 'carryOver'; cell: string; previous: CellRef }
  /** VALID(t) = VALID(t−1) + MADE(t) − REP(t). */
  | { kind: 'validChain'; valid: string; made: string; repealed: string; previous: CellRef }
  /** a key figure changed implausibly compared with last year. */
  | { kind: 'yearOverYear'; cell: string; previous: CellRef }
  /** the report year calls for another format than the one used. */
  | { kind: 'formatForYear' };
