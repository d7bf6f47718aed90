// A reviewer's verdict on one review item, and the tally the corrected prevalence is computed from.
import type { Category } from '../../../shared/src/index.ts';
import type { ReviewTally } from './corrected-prevalence.ts';
import type { ReviewItem } from './review-sample.ts';

/** correct: the tool's verdict is right; wrong: it is not (a false flag, or a miss); unsure: cannot tell. */
export const LABELS = ['correct', 'wrong', 'unsure'] as const;
export type Label = (typeof LABELS)[number];

export interface LabelRecord {
  item: string;
  label: Label;
  at: string;
  /** Where the label came from: the review page, or an imported CSV. */
  source: 'page' | 'import';
}

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

export function emptyTally(): ReviewTally {
  return { flaggedCorrect: 0, flaggedWrong: 0, unflaggedCorrect: 0, unflaggedWrong: 0, unsure: 0 };
}

export function tallyLabels(items: readonly ReviewItem[], labels: ReadonlyMap<string, LabelRecord>, category: Category): ReviewTally {
  const tally = emptyTally();
  for (const item of items) {
    if (item.category !== category) continue;
    const label = labels.get(item.id)?.label;
    if (label === 'unsure') tally.unsure++;
    else if (label === 'correct') tally[item.flagged ? 'flaggedCorrect' : 'unflaggedCorrect']++;
    else if (label === 'wrong') tally[item.flagged ? 'flaggedWrong' : 'unflaggedWrong']++;
  }
  return tally;
}
