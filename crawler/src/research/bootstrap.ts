// Pieces of a seeded bootstrap: binomial redraws (resampling n yes/no labels with replacement is a
// binomial draw with the observed share) and percentile intervals.
import type { Random } from './prng.ts';

/** Successes in `trials` draws with probability `p`: the count a resample of observed labels would show. */
export function drawBinomial(random: Random, trials: number, p: number): number {
  let hits = 0;
  for (let i = 0; i < trials; i++) if (random() < p) hits++;
  return hits;
}

/** The [alpha/2, 1 − alpha/2] percentiles of the replicates (linear interpolation between order statistics). */
export function percentileInterval(replicates: readonly number[], level = 0.95): { low: number; high: number } {
  if (replicates.length === 0) throw new RangeError('percentileInterval: no replicates');
  const sorted = [...replicates].sort((a, b) => a - b);
  const alpha = 1 - level;
  return { low: quantile(sorted, alpha / 2), high: quantile(sorted, 1 - alpha / 2) };
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
