import type { ApiSchemas } from '@nianbao/api-client';
import type { ChartData, ChartKind } from '../charts/chart-data';

type Trend = ApiSchemas['TrendOutput'];

export interface TrendChartDef {
  title: string;
  measures: readonly string[];
  kind: ChartKind;
}

/** The trends the 政务公开办 reports on each spring, in the order of the report's own tables. */
export const TREND_CHARTS: readonly TrendChartDef[] = [
  {
    title: '依申请公开：新收、办结与结转下年度',
    measures: ['received', 'handled', 'carriedOver'],
    kind: 'line',
  },
  {
    title: '办理结果占办结申请的比例',
    measures: [
      'disclosedShare',
      'partlyDisclosedShare',
      'withheldShare',
      'cannotProvideShare',
      'notProcessedShare',
    ],
    kind: 'stacked-bar',
  },
  {
    title: '行政复议、行政诉讼及结果被纠正',
    measures: ['reviews', 'reviewsCorrected', 'lawsuits', 'lawsuitsCorrected'],
    kind: 'bar',
  },
  {
    title: '行政复议、行政诉讼纠正率',
    measures: ['reviewCorrectionRate', 'lawsuitCorrectionRate'],
    kind: 'line',
  },
  {
    title: '规范性文件：制发、废止、现行有效',
    measures: ['normativeMade', 'normativeRepealed', 'normativeValid'],
    kind: 'bar',
  },
  { title: '行政许可、行政处罚、行政强制', measures: ['licensing', 'penalties', 'enforcement'], kind: 'bar' },
  { title: '行政事业性收费金额', measures: ['chargeAmount'], kind: 'bar' },
];

/** One chart's series from the trend: sums for counts, shares for percentages; unknown stays null. */
export function trendChartData(trend: Trend, chart: TrendChartDef): ChartData {
  const measures = chart.measures.flatMap((id) => trend.measures.filter((measure) => measure.id === id));
  return {
    categories: trend.years.map((year) => `${year.year}年`),
    unit: measures[0]?.unit ?? '件',
    series: measures.map((measure) => ({
      name: measure.name,
      values: trend.years.map((year) =>
        measure.unit === '%' ? (year.shares[measure.id] ?? null) : (year.values[measure.id] ?? null),
      ),
    })),
  };
}

/** The formats the years were reported in, when they differ: a trend across the 2019 and 2021 tables says so. */
export function formatNote(trend: Trend): string | undefined {
  const formats = new Set(trend.years.flatMap((year) => year.formatIds));
  if (formats.size < 2) return undefined;
  return '各年度使用的统计表格式不同（2018 年及以前、2019 试行、2021 版），部分指标只在某些格式中统计，未统计的年度显示为空缺。';
}
