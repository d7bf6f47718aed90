import type { Category, Level } from '../../../shared/src/index.ts';
import type { CombinerModel } from '../model/combiner.ts';
import type { RuleHit } from './rule-types.ts';

/** Score the model alone must reach for a `likely` flag when no rule of the category fired. */
export const MODEL_ONLY_LIKELY = 0.9;

/**
 * The level of a category's score on a passage, or undefined below `review`. Without a live rule of the
 * category, a `likely` flag needs a much higher score: the parent should be told which rule the passage
 * seems to break, and a wording that merely resembles violations is mostly worth a look, not a flag.
 */
export function levelFor(category: Category, score: number, hits: RuleHit[], thresholds: CombinerModel['thresholds']): Level | undefined {
  if (score < thresholds.review) return undefined;
  const backedByRule = hits.some((h) => h.category === category && !h.cancelled);
  const likelyFrom = backedByRule ? thresholds.likely[category] : Math.max(thresholds.likely[category], MODEL_ONLY_LIKELY);
  return score >= likelyFrom ? 'likely' : 'review';
}
