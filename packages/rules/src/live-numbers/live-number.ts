/**
 * A live number: a number in a narrative paragraph that is not typed but bound to the tables, so it can never
 * disagree with them. Stored structurally in the narrative JSON (a paragraph's `runs`), resolved to text whenever
 * the report is shown, rendered or checked.
 */
export type LiveNumber =
  /** One cell, or the sum of several (“部分公开和不予公开的10件”), in the unit of the cells (万元 for amounts). */
  | { kind: 'cells'; cells: string[]; compare?: Comparison }
  /** A named figure of `FIGURES` (收到申请数, 予以公开率…), read from whichever format the report has. */
  | { kind: 'figure'; figure: string; compare?: Comparison }
  /** A share in percent: the sum of `part` over the sum of `whole`. */
  | { kind: 'share'; part: string[]; whole: string[]; decimals?: number };

/**
 * `change`: 同比增减 against the same org's report of the year before (“增加12件”, “减少3件”, “持平”);
 * `changePercent`: the same change in percent (“增长12.5%”).
 */
export type Comparison = 'change' | 'changePercent';

export const COMPARISONS: readonly Comparison[] = ['change', 'changePercent'];

/** A piece of a paragraph: typed text, or a live number. */
export type LiveRun = { text: string } | { number: LiveNumber };

export const isNumberRun = (run: LiveRun): run is { number: LiveNumber } => 'number' in run;
