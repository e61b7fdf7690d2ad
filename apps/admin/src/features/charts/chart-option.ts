import type { EChartsCoreOption } from 'echarts/core';
import type { ChartData, ChartKind } from './chart-data';
import { CHART_PALETTE } from './chart-palette';
import { formatCount, formatShare } from '@nianbao/rules';

const isShare = (unit: string) => unit === '%';
const formatValue = (unit: string) => (value: number | null) =>
  isShare(unit) ? formatShare(value) : formatCount(value);

/**
 * The ECharts option of a chart. The title is in the option (hidden on screen, where the card shows it) so a
 * downloaded PNG still says what it shows.
 */
export function chartOption(
  title: string,
  data: ChartData,
  kind: ChartKind,
  showTitle = false,
): EChartsCoreOption {
  const format = formatValue(data.unit);
  const isHorizontal = kind === 'horizontal-bar';
  const categoryAxis = {
    type: 'category',
    data: data.categories,
    axisLabel: { interval: isHorizontal ? 0 : 'auto', hideOverlap: true },
    ...(isHorizontal ? { inverse: true } : {}),
  };
  const valueAxis = {
    type: 'value',
    name: data.unit,
    axisLabel: { formatter: (value: number) => format(value) },
    ...(isShare(data.unit) ? { max: 100 } : {}),
  };
  return {
    // Drawn at once: a downloaded PNG (and a screenshot for the briefing) never catches a chart half drawn.
    animation: false,
    color: [...CHART_PALETTE],
    title: { show: showTitle, text: title, subtext: `单位：${data.unit}`, left: 'center' },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => format(value),
    },
    legend: { show: data.series.length > 1, type: 'scroll', top: showTitle ? 48 : 0 },
    grid: {
      left: 8,
      right: 24,
      top: showTitle ? 88 : data.series.length > 1 ? 40 : 24,
      bottom: 8,
      containLabel: true,
    },
    xAxis: isHorizontal ? valueAxis : categoryAxis,
    yAxis: isHorizontal ? categoryAxis : valueAxis,
    series: data.series.map((series, index) => ({
      name: series.name,
      type: kind === 'line' ? 'line' : 'bar',
      data: series.values,
      connectNulls: false,
      ...(index === 0 && data.marker
        ? {
            markLine: {
              symbol: 'none',
              lineStyle: { color: '#D55E00', type: 'dashed' },
              label: { formatter: data.marker.label, position: 'insideEndTop' },
              data: [{ xAxis: data.marker.category }],
            },
          }
        : {}),
      ...(kind === 'stacked-bar' ? { stack: 'total' } : {}),
      // Shapes as well as colours tell lines apart in greyscale.
      ...(kind === 'line'
        ? {
            symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'][index % 7],
            symbolSize: 7,
          }
        : {}),
    })),
  };
}
