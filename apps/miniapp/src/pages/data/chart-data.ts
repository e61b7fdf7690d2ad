// What the 数据 tab draws, worked out from the analytics answers without Taro, so jest and the browser test can use it.

/** How many years the per-year charts show at most (the latest ones); more would not fit a phone's width. */
export const MAX_YEARS = 10;

/** The top of the ranking chart. */
export const RANKING_LIMIT = 10;

/** A bar's length in % of the chart's largest value; 0 when there is nothing to compare. */
export function barPercent(value: number | null | undefined, max: number): number {
  if (!value || value < 0 || max <= 0) return 0;
  return Math.min(100, (value / max) * 100);
}

export interface YearFigures {
  year: number;
  /** Approved reports counted that year (0 for a year between others that has none). */
  reportCount: number;
  values: Record<string, number | null>;
  shares: Record<string, number | null>;
}

/**
 * The latest `MAX_YEARS` years from the first to the last the API lists, oldest first. A year in between without
 * approved reports stays in the row with every figure unknown, so the bars keep one year apart.
 */
export function chartYears(years: readonly YearFigures[]): YearFigures[] {
  if (!years.length) return [];
  const byYear = new Map(years.map((entry) => [entry.year, entry]));
  const numbers = years.map((entry) => entry.year);
  const last = Math.max(...numbers);
  const first = Math.max(Math.min(...numbers), last - MAX_YEARS + 1);
  const shown: YearFigures[] = [];
  for (let year = first; year <= last; year++)
    shown.push(byYear.get(year) ?? { year, reportCount: 0, values: {}, shares: {} });
  return shown;
}

/** A figure of a year; undefined (a figure the API did not list) counts as unknown. */
export function figure(entry: YearFigures, id: string): number | null {
  return entry.values[id] ?? null;
}

/** The outcomes of the 依申请公开 handled in a year, as shares of 办结申请 (`shares` ids of the API). */
export const OUTCOME_SHARES = [
  { id: 'disclosedShare', label: '予以公开', color: '#43a047' },
  { id: 'partlyDisclosedShare', label: '部分公开', color: '#8bc34a' },
  { id: 'withheldShare', label: '不予公开', color: '#e53935' },
  { id: 'cannotProvideShare', label: '无法提供', color: '#fb8c00' },
  { id: 'notProcessedShare', label: '不予处理', color: '#8d6e63' },
] as const;
