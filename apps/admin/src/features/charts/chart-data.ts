/** What every chart shows: named series over categories (years, orgs, days), in one unit. */
export interface ChartData {
  categories: string[];
  series: ChartSeries[];
  /** Shown beside the title and in the data table's header, e.g. 件, 人次, 万元, %. */
  unit: string;
  /** A category to mark with a vertical line, e.g. the deadline on a timeline. */
  marker?: { category: string; label: string };
}

export interface ChartSeries {
  name: string;
  /** `null`: not known (the cell could not be read, or the format has no such cell) — drawn as a gap. */
  values: (number | null)[];
}

export type ChartKind = 'line' | 'bar' | 'stacked-bar' | 'horizontal-bar';

/** The data table under a chart's toggle: one row per category, one column per series. */
export function chartTableRows(
  data: ChartData,
): { key: string; category: string; values: (number | null)[] }[] {
  return data.categories.map((category, index) => ({
    key: `${index}`,
    category,
    values: data.series.map((series) => series.values[index] ?? null),
  }));
}

export function isEmptyChart(data: ChartData | undefined): boolean {
  return (
    !data ||
    data.categories.length === 0 ||
    data.series.every((series) => series.values.every((v) => v === null))
  );
}
