import { barPercent, chartYears, formatCount, formatShare, MAX_YEARS } from './chart-data';

const year = (number: number, received: number | null) => ({
  year: number,
  reportCount: 1,
  values: { received },
  shares: {},
});

describe('figures of the 数据 tab', () => {
  it('writes counts as is up to 9,999 and in 万 above, unknown as —', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(9999)).toBe('9999');
    expect(formatCount(10000)).toBe('1万');
    expect(formatCount(12345)).toBe('1.23万');
    expect(formatCount(123456)).toBe('12.3万');
    expect(formatCount(1234567)).toBe('123万');
    expect(formatCount(null)).toBe('—');
    expect(formatCount(undefined)).toBe('—');
  });

  it('writes shares with one decimal at most, unknown as —', () => {
    expect(formatShare(73.5)).toBe('73.5%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(33.333)).toBe('33.3%');
    expect(formatShare(null)).toBe('—');
  });

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
