import { formatCount, formatExactCount, formatShare } from './format-count';

describe('numbers as Chinese reports print them', () => {
  it('keeps small counts, writes 万 and 亿 for large ones', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(9999)).toBe('9,999');
    expect(formatCount(12345)).toBe('1.23万');
    expect(formatCount(30000)).toBe('3万');
    expect(formatCount(250_000_000)).toBe('2.5亿');
    expect(formatCount(-15000)).toBe('-1.5万');
  });

  it('writes every digit in data tables, where numbers are read and copied', () => {
    expect(formatExactCount(12345)).toBe('12,345');
    expect(formatExactCount(1.5)).toBe('1.5');
    expect(formatExactCount(null)).toBe('—');
  });

  it('shows a missing value as a dash, never as 0', () => {
    expect(formatCount(null)).toBe('—');
    expect(formatCount(undefined)).toBe('—');
    expect(formatShare(null)).toBe('—');
  });

  it('writes shares as percentages with one decimal', () => {
    expect(formatShare(45.7)).toBe('45.7%');
    expect(formatShare(100)).toBe('100.0%');
  });
});
