/** Small, dependency-free statistics: the harness reports medians and percentiles only. */

/** Linear interpolation between closest ranks (numpy's default): p in 0..100. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return percentileOfSorted(sorted, p);
}

export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** The median of the non-null values, or null when there are none (a column not measured). */
export function medianOrNull(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter(
    (value): value is number => typeof value === 'number' && !Number.isNaN(value),
  );
  return present.length ? median(present) : null;
}

/** The highest of the non-null values, or null when there are none. */
export function maxOrNull(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter(
    (value): value is number => typeof value === 'number' && !Number.isNaN(value),
  );
  return present.length ? Math.max(...present) : null;
}

/** contender / baseline, or null when either is missing or the baseline is zero. */
export function ratio(contender: number | null, baseline: number | null): number | null {
  if (contender === null || baseline === null || baseline === 0) return null;
  return contender / baseline;
}

/** A growable Float64Array: one autocannon leg can record a few hundred thousand latencies. */
export class Samples {
  private data = new Float64Array(1 << 16);
  private length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get count(): number {
    return this.length;
  }

  /** p50 and p99 of what was recorded (NaN when nothing was). */
  percentiles(): { p50: number; p99: number } {
    const sorted = this.data.slice(0, this.length).sort();
    return { p50: percentileOfSorted(sorted, 50), p99: percentileOfSorted(sorted, 99) };
  }
}
