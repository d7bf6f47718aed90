// `stats NEW --compare OLD`: the change in flagged share among schools crawled both times, with the exact
// McNemar test on the schools whose verdict changed (paired data: the same schools twice).
import { CATEGORIES, type Category } from '../../../shared/src/index.ts';
import type { DiffSummary } from './crawl-diff.ts';
import { wilsonInterval, type Proportion } from './wilson.ts';

export interface CategoryChange {
  category: Category;
  /** Schools crawled in both folders. */
  paired: number;
  before: Proportion;
  after: Proportion;
  newlyFlagged: number;
  becameClean: number;
  /** Two-sided exact McNemar p-value: how surprising this many one-way changes would be if nothing changed. */
  mcnemarP: number;
}

export interface Comparison {
  old: string;
  summary: DiffSummary;
  categories: CategoryChange[];
}

export function compareCrawls(old: string, summary: DiffSummary): Comparison {
  const categories = CATEGORIES.map((category): CategoryChange => {
    const c = summary.byCategory[category];
    const paired = c['newly-flagged'] + c['became-clean'] + c['still-flagged'] + c['still-clean'];
    return {
      category,
      paired,
      before: wilsonInterval(c['still-flagged'] + c['became-clean'], paired),
      after: wilsonInterval(c['still-flagged'] + c['newly-flagged'], paired),
      newlyFlagged: c['newly-flagged'],
      becameClean: c['became-clean'],
      mcnemarP: exactMcNemar(c['became-clean'], c['newly-flagged']),
    };
  });
  return { old, summary, categories };
}

/** Exact McNemar: with b and c discordant pairs, p = 2 · P(X ≤ min(b, c)) for X ~ Binomial(b + c, 1/2), at most 1. */
export function exactMcNemar(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  let tail = 0;
  let term = 0.5 ** n; // P(X = 0)
  for (let k = 0; k <= Math.min(b, c); k++) {
    tail += term;
    term *= (n - k) / (k + 1);
  }
  return Math.min(1, 2 * tail);
}
