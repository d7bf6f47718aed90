// The sample a person checks by hand: per category, crawled schools the tool flagged and schools it did
// not, in equal numbers (flagged schools are rare, so proportional allocation would leave too few to
// measure precision). Each item is one school and one category; the label says whether the tool's
// verdict for it was right.
import { CATEGORIES, type Category } from '../../../shared/src/index.ts';
import { allocateEqually } from './allocation.ts';
import { randomFor, shuffled } from './prng.ts';
import { isCrawled, isFlagged, type SchoolUnit } from './school-units.ts';
import { drawStratifiedSample, type StratumDraw } from './stratified-sample.ts';

export interface ReviewItem {
  /** `<category>:<school id>`: stable across reloads, exports and imports. */
  id: string;
  category: Category;
  schoolId: string;
  siteId: string;
  /** The tool's verdict when the sample was drawn. */
  flagged: boolean;
  name?: string;
  code?: string;
  place?: string;
  website?: string;
}

export interface ReviewSample {
  seed: string;
  requested: number;
  drawnAt: string;
  strata: StratumDraw[];
  items: ReviewItem[];
}

export const reviewStratum = (item: Pick<ReviewItem, 'category' | 'flagged'>): string => `${item.category}|${item.flagged ? 'flagged' : 'clean'}`;

export function drawReviewSample(units: readonly SchoolUnit[], options: { n: number; seed: string; now?: Date }): ReviewSample {
  const candidates: ReviewItem[] = [];
  for (const unit of units) {
    if (!isCrawled(unit) || !unit.siteId) continue;
    for (const category of CATEGORIES) {
      candidates.push({
        id: `${category}:${unit.id}`, category, schoolId: unit.id, siteId: unit.siteId, flagged: isFlagged(unit, category),
        name: unit.location?.name, code: unit.location?.code, place: unit.location?.place, website: unit.website,
      });
    }
  }
  const { chosen, strata } = drawStratifiedSample(candidates, {
    n: options.n, seed: options.seed, idOf: (item) => item.id, stratumOf: reviewStratum, allocate: allocateEqually,
  });
  // Shown in a random order, so the reviewer does not meet all flagged schools in one run.
  const items = shuffled(chosen, randomFor(options.seed, 'review-order'));
  return { seed: options.seed, requested: options.n, drawnAt: (options.now ?? new Date()).toISOString(), strata, items };
}
