// A reproducible stratified random sample: group the units by stratum, decide how many each stratum
// gives (proportionally by default), then take that many at random from each. The same units, seed and
// strata always give the same sample, whatever order the units come in.
import { allocateProportionally, compareKeys, type StratumSize } from './allocation.ts';
import { randomFor, shuffled } from './prng.ts';

export interface StratumDraw {
  key: string;
  population: number;
  sample: number;
}

export interface StratifiedSample<T> {
  chosen: T[];
  strata: StratumDraw[];
}

export interface SampleSpec<T> {
  n: number;
  seed: string;
  /** Stable identity of a unit (registry code): fixes the order before shuffling. */
  idOf: (unit: T) => string;
  /** Stratum of a unit; one stratum for all when absent. */
  stratumOf?: (unit: T) => string;
  allocate?: (strata: readonly StratumSize[], n: number) => Map<string, number>;
}

export function drawStratifiedSample<T>(units: readonly T[], spec: SampleSpec<T>): StratifiedSample<T> {
  const stratumOf = spec.stratumOf ?? (() => 'all');
  const groups = new Map<string, T[]>();
  for (const unit of units) {
    const key = stratumOf(unit);
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  const keys = [...groups.keys()].sort(compareKeys);
  const sizes = keys.map((key) => ({ key, size: groups.get(key)!.length }));
  const quotas = (spec.allocate ?? allocateProportionally)(sizes, spec.n);

  const chosen: T[] = [];
  const strata: StratumDraw[] = [];
  for (const key of keys) {
    const members = [...groups.get(key)!].sort((a, b) => compareKeys(spec.idOf(a), spec.idOf(b)));
    const take = quotas.get(key) ?? 0;
    chosen.push(...shuffled(members, randomFor(spec.seed, `stratum:${key}`)).slice(0, take));
    strata.push({ key, population: members.length, sample: take });
  }
  return { chosen, strata };
}
