// Shares of flagged units with Wilson intervals, overall and per group, with the worst/best-case bounds
// that count every uncrawled unit of the population as flagged/clean.
import type { Category } from '../../../shared/src/index.ts';
import { compareGroups, DIMENSIONS, type DimensionKey, type Groupable } from './dimensions.ts';
import { isCrawled, isFlagged, type CategoryCounts, type CoverageState } from './school-units.ts';
import { wilsonInterval, type Proportion } from './wilson.ts';

type Countable = Groupable & { coverage: CoverageState; likely: CategoryCounts };

export interface PrevalenceRow {
  group: string;
  /** Units of the population in this group, crawled or not. */
  population: number;
  /** Units crawled (the denominator) and flagged (the numerator), with the 95% Wilson interval. */
  estimate: Proportion;
  /** Every uncrawled unit counted clean (best case) or flagged (worst case), over the population. */
  bestCase?: number;
  worstCase?: number;
}

export interface DimensionBreakdown {
  dimension: DimensionKey;
  rows: PrevalenceRow[];
}

export function prevalenceRow(group: string, units: readonly Countable[], category: Category): PrevalenceRow {
  const crawled = units.filter(isCrawled).length;
  const flagged = units.filter((u) => isFlagged(u, category)).length;
  const population = units.length;
  return {
    group,
    population,
    estimate: wilsonInterval(flagged, crawled),
    ...(population > 0 ? { bestCase: flagged / population, worstCase: (flagged + population - crawled) / population } : {}),
  };
}

export function breakdown(units: readonly Countable[], category: Category, dimension: DimensionKey): DimensionBreakdown {
  const groups = new Map<string, Countable[]>();
  for (const unit of units) {
    const key = DIMENSIONS[dimension].groupOf(unit);
    const list = groups.get(key);
    if (list) list.push(unit);
    else groups.set(key, [unit]);
  }
  const keys = [...groups.keys()].sort((a, b) => compareGroups(dimension, a, b));
  return { dimension, rows: keys.map((key) => prevalenceRow(key, groups.get(key)!, category)) };
}
