import { barPercent, chartYears, MAX_YEARS } from './chart-data';

const year = (number: number, received: number | null) => ({
  year: number,
  reportCount: 1,
  values: { received },
  shares: {},
});

describe('figures of the 数据 tab', () => {
  it('draws bars relative to the largest value, nothing for unknown or zero', () => {
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(null, 200)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
    expect(barPercent(5, 0)).toBe(0);
  });

  it('keeps a year without approved reports in its place with unknown figures', () => {
    const shown = chartYears([year(2018, 75), year(2021, 122), year(2019, 383)]);
    expect(shown.map((entry) => entry.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(shown[2].values.received ?? null).toBeNull();
    expect(shown[2].reportCount).toBe(0);
    expect(chartYears([])).toEqual([]);
  });

  it('shows the latest years only when there are many', () => {
    const years = Array.from({ length: 14 }, (_, index) => year(2010 + index, index));
    const shown = chartYears(years);
    expect(shown).toHaveLength(MAX_YEARS);
    expect(shown[shown.length - 1].year).toBe(2023);
  });
});
