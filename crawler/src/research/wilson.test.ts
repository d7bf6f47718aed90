import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.ts';

// Reference values published by Newcombe (1998), "Two-sided confidence intervals for the single
// proportion", Statistics in Medicine 17:857-872, Table II, method 3 (score interval without continuity
// correction), given there to four decimals.
const NEWCOMBE = [
  { count: 81, total: 263, low: 0.2553, high: 0.3662 },
  { count: 15, total: 148, low: 0.0624, high: 0.1605 },
  { count: 0, total: 20, low: 0, high: 0.1611 },
  { count: 1, total: 29, low: 0.0061, high: 0.1718 },
];

describe('wilsonInterval', () => {
  it.each(NEWCOMBE)('matches Newcombe (1998) for $count of $total', ({ count, total, low, high }) => {
    const interval = wilsonInterval(count, total);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('gives [0, 0.2775] for 0 of 10 and [0.2366, 0.7634] for 5 of 10', () => {
    // 0 of 10: upper = z²/(n + z²) = 3.8415/13.8415 exactly, because p = 0.
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(3.841458820694124 / 13.841458820694124, 12);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const half = wilsonInterval(5, 10);
    expect(half.share).toBe(0.5);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    expect(half.low! + half.high!).toBeCloseTo(1, 12);
  });

  it('ends at 1 for n of n and says nothing for 0 of 0', () => {
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(1 - 0.2775, 4);
    expect(wilsonInterval(0, 0)).toEqual({ count: 0, total: 0 });
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });
});
