import { formatCount, formatExactCount, formatShare } from './format-figure';

// The admin app's charts and the mini-program's 数据 tab print figures with these, so both read alike.
describe('figures as Chinese reports print them', () => {
  it('keeps small counts, writes 万 and 亿 for large ones with three significant digits', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(9999)).toBe('9,999');
    expect(formatCount(10000)).toBe('1万');
    expect(formatCount(12345)).toBe('1.23万');
    expect(formatCount(30000)).toBe('3万');
    expect(formatCount(123456)).toBe('12.3万');
    expect(formatCount(1234567)).toBe('123万');
    expect(formatCount(250_000_000)).toBe('2.5亿');
    expect(formatCount(-15000)).toBe('-1.5万');
  });

  it('writes every digit in data tables, where numbers are read and copied', () => {
    expect(formatExactCount(12345)).toBe('12,345');
    expect(formatExactCount(1234567.5)).toBe('1,234,567.5');
    expect(formatExactCount(1.5)).toBe('1.5');
    expect(formatExactCount(null)).toBe('—');
  });

  it('shows a missing value as a dash, never as 0', () => {
    expect(formatCount(null)).toBe('—');
    expect(formatCount(undefined)).toBe('—');
    expect(formatShare(null)).toBe('—');
  });

  it('writes shares the API gives in % with one decimal at most', () => {
    expect(formatShare(45.7)).toBe('45.7%');
    expect(formatShare(73.5)).toBe('73.5%');
    expect(formatShare(33.333)).toBe('33.3%');
    expect(formatShare(100)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
  });
});
