import { describe, expect, it } from 'vitest';
import { percentileInterval } from './bootstrap.ts';
import { correctedPrevalence, withBootstrapInterval, type ReviewTally } from './corrected-prevalence.ts';

// Worked example, by hand:
//   400 schools crawled, 60 flagged            → raw share f = 60/400 = 0.15
//   review: 25 flagged schools, 20 right, 5 wrong → precision p = 20/25 = 0.80
//           25 unflagged schools, 1 missed        → miss rate m = 1/25 = 0.04
//   (2 more marked unsure, left out)
//   corrected = f·p + (1 − f)·m = 0.15·0.80 + 0.85·0.04 = 0.120 + 0.034 = 0.154
const TALLY: ReviewTally = { flaggedCorrect: 20, flaggedWrong: 5, unflaggedCorrect: 24, unflaggedWrong: 1, unsure: 2 };

describe('correctedPrevalence', () => {
  it('equals the worked example', () => {
    const estimate = correctedPrevalence(60, 400, TALLY);
    expect(estimate.rawShare).toBe(0.15);
    expect(estimate.precision).toBe(0.8);
    expect(estimate.missRate).toBe(0.04);
    expect(estimate.corrected).toBeCloseTo(0.154, 12);
  });

  it('needs both sides reviewed, except a side that is empty', () => {
    expect(correctedPrevalence(60, 400, { ...TALLY, unflaggedCorrect: 0, unflaggedWrong: 0 }).corrected).toBeUndefined();
    // Nothing flagged: the estimate is the miss rate alone, 2/20 = 0.1.
    expect(correctedPrevalence(0, 400, { flaggedCorrect: 0, flaggedWrong: 0, unflaggedCorrect: 18, unflaggedWrong: 2, unsure: 0 }).corrected).toBeCloseTo(0.1, 12);
  });

  it('gets a bootstrap interval around the estimate that repeats for a seed', () => {
    const estimate = correctedPrevalence(60, 400, TALLY);
    const a = withBootstrapInterval(estimate, TALLY, { seed: 's1', replicates: 3000 });
    const b = withBootstrapInterval(estimate, TALLY, { seed: 's1', replicates: 3000 });
    expect(a.interval).toEqual(b.interval);
    expect(a.interval!.low).toBeLessThan(0.154);
    expect(a.interval!.high).toBeGreaterThan(0.154);
    // With f fixed, the spread comes from p (sd √(0.8·0.2/25) = 0.08, times f = 0.012) and m
    // (sd √(0.04·0.96/25) = 0.0392, times 0.85 = 0.0333): total sd ≈ 0.0354, so the 95% interval is about
    // ±0.07 wide; the miss-rate side is skewed (1 of 25), hence the loose bounds.
    expect(a.interval!.high - a.interval!.low).toBeGreaterThan(0.09);
    expect(a.interval!.high - a.interval!.low).toBeLessThan(0.18);
    const wider = withBootstrapInterval(estimate, TALLY, { seed: 's1', replicates: 3000, flaggedShareVaries: true });
    expect(wider.interval!.high - wider.interval!.low).toBeGreaterThan(a.interval!.high - a.interval!.low);
  });
});

describe('percentileInterval', () => {
  it('interpolates between order statistics', () => {
    const values = Array.from({ length: 101 }, (_, i) => i / 100);
    const { low, high } = percentileInterval(values);
    expect(low).toBeCloseTo(0.025, 12);
    expect(high).toBeCloseTo(0.975, 12);
  });
});
