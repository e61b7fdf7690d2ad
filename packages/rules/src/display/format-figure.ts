/** Printed wherever a figure is not known (no report filled it, a cell could not be read): never 0. */
export const NOT_KNOWN = '—';

const isMissing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || Number.isNaN(value);

/** 1234567.5 → 1,234,567.5 — by hand, as some mini-program runtimes ignore toLocaleString's locale. */
function withSeparators(value: number): string {
  const [whole, fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Three significant digits at most, trailing zeros dropped: 1.2345 → 1.23, 12.345 → 12.3, 123.45 → 123. */
function threeDigits(value: number): string {
  const decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
  return String(Number(value.toFixed(decimals)));
}

/**
 * A count as a chart labels it: up to 9,999 as it is, from 10,000 in 万 and from 100,000,000 in 亿, three significant
 * digits (12,345 → 1.23万, 123,456 → 12.3万).
 */
export function formatCount(value: number | null | undefined): string {
  if (isMissing(value)) return NOT_KNOWN;
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  if (size >= 1e8) return `${sign}${threeDigits(size / 1e8)}亿`;
  if (size >= 1e4) return `${sign}${threeDigits(size / 1e4)}万`;
  return `${sign}${withSeparators(size)}`;
}

/** A count in full (12,345), for data tables that are read and copied cell by cell. */
export function formatExactCount(value: number | null | undefined): string {
  if (isMissing(value)) return NOT_KNOWN;
  return `${value < 0 ? '-' : ''}${withSeparators(Math.abs(value))}`;
}

/** A share as the API gives it (percent): one decimal at most, 45.7%, 100%. */
export function formatShare(value: number | null | undefined): string {
  if (isMissing(value)) return NOT_KNOWN;
  return `${Number(value.toFixed(1))}%`;
}
