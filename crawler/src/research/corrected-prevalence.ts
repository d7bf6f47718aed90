// Prevalence corrected by a human review: the tool's flagged share is right only as far as its flags are
// right (precision) and its clean verdicts are right (miss rate). With f the flagged share among crawled
// schools, p the precision measured among reviewed flagged schools and m the miss rate among reviewed
// unflagged schools:  corrected = f · p + (1 − f) · m.
import { drawBinomial, percentileInterval } from './bootstrap.ts';
import { randomFor } from './prng.ts';

export interface ReviewTally {
  /** Reviewed flagged schools labelled correct (true positive) or wrong (false positive). */
  flaggedCorrect: number;
  flaggedWrong: number;
  /** Reviewed unflagged schools labelled correct (truly clean) or wrong (a miss). */
  unflaggedCorrect: number;
  unflaggedWrong: number;
  /** Reviewed but marked unsure: reported, left out of the estimates. */
  unsure: number;
}

export interface CorrectedPrevalence {
  crawled: number;
  flagged: number;
  rawShare?: number;
  precision?: number;
  missRate?: number;
  corrected?: number;
  /** Percentile bootstrap interval of `corrected`. */
  interval?: { low: number; high: number; level: number; replicates: number; seed: string };
}

export interface BootstrapOptions {
  seed: string;
  replicates?: number;
  /** Redraw the flagged share too: right when the crawl is a sample of the registry, not a census. */
  flaggedShareVaries?: boolean;
}

export function correctedPrevalence(flagged: number, crawled: number, tally: ReviewTally): CorrectedPrevalence {
  const result: CorrectedPrevalence = { crawled, flagged };
  if (crawled === 0) return result;
  result.rawShare = flagged / crawled;
  const flaggedReviewed = tally.flaggedCorrect + tally.flaggedWrong;
  const unflaggedReviewed = tally.unflaggedCorrect + tally.unflaggedWrong;
  // A side with no schools needs no review: no flagged schools means the precision does not matter.
  if (flaggedReviewed > 0) result.precision = tally.flaggedCorrect / flaggedReviewed;
  if (unflaggedReviewed > 0) result.missRate = tally.unflaggedWrong / unflaggedReviewed;
  const f = result.rawShare;
  const precisionTerm = f === 0 ? 0 : result.precision;
  const missTerm = f === 1 ? 0 : result.missRate;
  if (precisionTerm !== undefined && missTerm !== undefined) result.corrected = f * precisionTerm + (1 - f) * missTerm;
  return result;
}

/**
 * Percentile bootstrap: each replicate redraws the reviewed labels of both strata (and, for a sampled
 * crawl, the flagged share) and recomputes the estimate. Deterministic for a seed.
 */
export function withBootstrapInterval(estimate: CorrectedPrevalence, tally: ReviewTally, options: BootstrapOptions): CorrectedPrevalence {
  if (estimate.corrected === undefined || estimate.rawShare === undefined) return estimate;
  const replicates = options.replicates ?? 2000;
  const random = randomFor(options.seed, 'corrected-prevalence');
  const flaggedReviewed = tally.flaggedCorrect + tally.flaggedWrong;
  const unflaggedReviewed = tally.unflaggedCorrect + tally.unflaggedWrong;
  const values: number[] = [];
  for (let r = 0; r < replicates; r++) {
    const f = options.flaggedShareVaries ? drawBinomial(random, estimate.crawled, estimate.rawShare) / estimate.crawled : estimate.rawShare;
    const p = flaggedReviewed > 0 ? drawBinomial(random, flaggedReviewed, estimate.precision!) / flaggedReviewed : 0;
    const m = unflaggedReviewed > 0 ? drawBinomial(random, unflaggedReviewed, estimate.missRate!) / unflaggedReviewed : 0;
    values.push(f * p + (1 - f) * m);
  }
  return { ...estimate, interval: { ...percentileInterval(values, 0.95), level: 0.95, replicates, seed: options.seed } };
}
