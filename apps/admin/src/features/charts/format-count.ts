/**
 * Counts as Chinese tables print them: up to 9,999 as they are (with separators), from 10,000 in 万 with up to two
 * decimals (12,345 → 1.23万), from 100,000,000 in 亿. A missing value (unread cell, absent in that format) is “—”.
 */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  if (size >= 1e8) return `${sign}${trim(size / 1e8)}亿`;
  if (size >= 1e4) return `${sign}${trim(size / 1e4)}万`;
  return `${sign}${Number.isInteger(size) ? size.toLocaleString('zh-CN') : trim(size)}`;
}

/** A count in full (12,345), for data tables that are read and copied cell by cell; missing is “—”. */
export function formatExactCount(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** A share as the API gives it (percent, one decimal) with its sign: 45.7 → 45.7%. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${value.toFixed(1)}%`;
}

function trim(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, '');
}
