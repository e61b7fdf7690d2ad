import type { ApiSchemas } from '@nianbao/api-client';
import { TREND_CHARTS, trendChartData } from './trend-charts';

const trend: ApiSchemas['TrendOutput'] = {
  orgId: 1,
  orgName: '示范市',
  of: 'jurisdiction',
  measures: [
    { id: 'received', name: '新收申请', unit: '件', formatIds: ['legacy', '2019', '2021'] },
    { id: 'handled', name: '办结申请', unit: '件', formatIds: ['legacy', '2019', '2021'] },
    { id: 'carriedOver', name: '结转下年度继续办理', unit: '件', formatIds: ['2019', '2021'] },
    { id: 'withheldShare', name: '不予公开占比', unit: '%', formatIds: ['legacy', '2019', '2021'] },
  ],
  years: [
    {
      year: 2018,
      reportCount: 3,
      formatIds: ['legacy'],
      values: { received: 40, handled: 38, carriedOver: null },
      contributors: { received: 3, handled: 3, carriedOver: 0 },
      shares: { withheldShare: 5.3 },
    },
    {
      year: 2021,
      reportCount: 3,
      formatIds: ['2021'],
      values: { received: 52, handled: 50, carriedOver: 2 },
      contributors: { received: 3, handled: 3, carriedOver: 2 },
      shares: { withheldShare: 4 },
    },
  ],
};

describe('trend charts', () => {
  it('draws each measure per year and keeps a figure the format lacks as a gap, not 0', () => {
    const data = trendChartData(trend, TREND_CHARTS[0]);
    expect(data.categories).toEqual(['2018年', '2021年']);
    expect(data.unit).toBe('件');
    expect(data.series).toEqual([
      { name: '新收申请', values: [40, 52] },
      { name: '办结申请', values: [38, 50] },
      { name: '结转下年度继续办理', values: [null, 2] },
    ]);
  });

  it('takes percentages from the shares, in %', () => {
    const data = trendChartData(trend, TREND_CHARTS[1]);
    expect(data.unit).toBe('%');
    expect(data.series).toEqual([{ name: '不予公开占比', values: [5.3, 4] }]);
  });
});
