/** A stored value as printed in a table cell: blank when not filled (never 0), amounts as entered. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Math.round(value * 10000) / 10000);
}
