import { describe, expect, it } from 'vitest';
import { allocateEqually, allocateProportionally } from './allocation.ts';
import { mulberry32, shuffled } from './prng.ts';
import { drawStratifiedSample } from './stratified-sample.ts';

interface School { code: string; province: string; type: string }

function registry(): School[] {
  const sizes: Record<string, number> = { 'po|Utrecht': 50, 'po|Zeeland': 30, 'vo|Utrecht': 15, 'vo|Zeeland': 5 };
  return Object.entries(sizes).flatMap(([key, size]) => {
    const [type, province] = key.split('|');
    return Array.from({ length: size }, (_, i) => ({ code: `${type}-${province}-${String(i).padStart(3, '0')}`, province, type }));
  });
}

const spec = (seed: string, n = 20) => ({
  n, seed, idOf: (s: School) => s.code, stratumOf: (s: School) => `${s.type}|${s.province}`,
});

describe('allocateProportionally', () => {
  it('splits n in proportion to stratum size, rounding by largest remainder', () => {
    // 7 of 100 over sizes 50/30/15/5: exact 3.5, 2.1, 1.05, 0.35 → floors 3, 2, 1, 0 (6), the one left goes
    // to the largest remainder (0.5, the first stratum).
    const quotas = allocateProportionally(
      [{ key: 'a', size: 50 }, { key: 'b', size: 30 }, { key: 'c', size: 15 }, { key: 'd', size: 5 }], 7);
    expect(Object.fromEntries(quotas)).toEqual({ a: 4, b: 2, c: 1, d: 0 });
  });

  it('never asks more than the population', () => {
    expect(Object.fromEntries(allocateProportionally([{ key: 'a', size: 2 }, { key: 'b', size: 1 }], 10))).toEqual({ a: 2, b: 1 });
  });
});

describe('allocateEqually', () => {
  it('gives each stratum the same share and hands the surplus of small strata to the others', () => {
    expect(Object.fromEntries(allocateEqually([{ key: 'a', size: 3 }, { key: 'b', size: 100 }, { key: 'c', size: 100 }], 30)))
      .toEqual({ a: 3, b: 14, c: 13 });
    expect(Object.fromEntries(allocateEqually([{ key: 'a', size: 1 }, { key: 'b', size: 1 }], 30))).toEqual({ a: 1, b: 1 });
  });
});

describe('drawStratifiedSample', () => {
  it('is the same for the same seed, whatever the input order, and differs for another seed', () => {
    const units = registry();
    const first = drawStratifiedSample(units, spec('2025')).chosen.map((s) => s.code);
    const again = drawStratifiedSample(shuffled(units, mulberry32(7)), spec('2025')).chosen.map((s) => s.code);
    const other = drawStratifiedSample(units, spec('2026')).chosen.map((s) => s.code);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first).size).toBe(20);
  });

  it('takes from each stratum its proportional share (20 of 100: 10, 6, 3, 1)', () => {
    const { chosen, strata } = drawStratifiedSample(registry(), spec('x'));
    expect(strata).toEqual([
      { key: 'po|Utrecht', population: 50, sample: 10 },
      { key: 'po|Zeeland', population: 30, sample: 6 },
      { key: 'vo|Utrecht', population: 15, sample: 3 },
      { key: 'vo|Zeeland', population: 5, sample: 1 },
    ]);
    const count = (type: string, province: string) => chosen.filter((s) => s.type === type && s.province === province).length;
    expect([count('po', 'Utrecht'), count('po', 'Zeeland'), count('vo', 'Utrecht'), count('vo', 'Zeeland')]).toEqual([10, 6, 3, 1]);
  });

  it('draws every unit of a stratum about equally often across seeds', () => {
    const hits = new Map<string, number>();
    for (let seed = 0; seed < 400; seed++) {
      for (const s of drawStratifiedSample(registry(), spec(String(seed))).chosen) hits.set(s.code, (hits.get(s.code) ?? 0) + 1);
    }
    // po|Utrecht: 10 of 50 per draw, so each school about 400 · 0.2 = 80 times.
    const poUtrecht = registry().filter((s) => s.type === 'po' && s.province === 'Utrecht').map((s) => hits.get(s.code) ?? 0);
    expect(Math.min(...poUtrecht)).toBeGreaterThan(50);
    expect(Math.max(...poUtrecht)).toBeLessThan(115);
  });
});
