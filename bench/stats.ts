/** Small statistics over run figures. Nulls (a figure a run could not take) are left out. */

export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many runs gave a figure. */
  n: number;
}

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: the p95 of 10 values is the 10th, never an interpolation below a real sample.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export function spread(values: ReadonlyArray<number | null>): Spread {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return {
    median: median(present),
    min: present.length ? Math.min(...present) : null,
    max: present.length ? Math.max(...present) : null,
    n: present.length,
  };
}

/** ours / baseline, or null when either is missing (or the baseline is 0). */
export function ratio(ours: number | null, baseline: number | null): number | null {
  if (ours === null || baseline === null || baseline === 0) return null;
  return ours / baseline;
}
