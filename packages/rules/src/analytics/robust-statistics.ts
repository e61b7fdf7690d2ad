/** Five numbers that describe a distribution (linear interpolation between ranks, as spreadsheets do). */
export interface Distribution {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Median absolute deviation from the median. */
  mad: number;
}

/** The 0.6745 factor makes the robust z-score comparable to a standard z-score for normally distributed values. */
const MAD_TO_SIGMA = 0.6745;

/** Beyond this robust z-score a value is an outlier (Iglewicz and Hoaglin's usual threshold). */
export const OUTLIER_Z = 3.5;

export function quantile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function describeDistribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0],
    q1: quantile(sorted, 0.25),
    median,
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
    mad: quantile(deviations, 0.5),
  };
}

/**
 * How far a value lies from its peers' median, in robust standard deviations: 0.6745 × (x − median) / MAD. Null when
 * the peers do not spread (MAD 0): then every value off the median would be “infinitely” far, which tells nobody
 * anything.
 */
export function robustZScore(
  value: number,
  distribution: Pick<Distribution, 'median' | 'mad'>,
): number | null {
  if (distribution.mad === 0) return null;
  return (MAD_TO_SIGMA * (value - distribution.median)) / distribution.mad;
}
