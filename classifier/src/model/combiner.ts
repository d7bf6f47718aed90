import type { Category } from '../../../shared/src/index.ts';
import type { RuleHit } from '../engine/rule-types.ts';
import { isSupportPageCue, type PageContext } from '../engine/page-context.ts';

/**
 * The calibrated combiner: a logistic regression per category over a few dozen designed inputs: the log-odds
 * of the Bayes, linear and borderline models, the linear scores of the passages before and after and their
 * products with each of this passage's own cues, each rule (live), cancelled rules, each lexicon (present or
 * denied) and the page voice.
 * Weights are fitted out-of-fold by `npm run train`, so the score reads as a probability.
 */
export interface CombinerModel {
  /** Input name → weight, per category; absent inputs weigh nothing. */
  weights: Record<Category, Record<string, number>>;
  /** Score from which a finding is `likely`, per category (chosen for precision), and from which it is `review`. */
  thresholds: { likely: Record<Category, number>; review: number };
}

export type CombinerInputs = Map<string, number>;

/** What the two statistical models say about a passage for one category. */
export interface ModelOpinions {
  /** The Bayes model's probability. */
  bayes: number;
  /** The linear model's log-odds. */
  linear: number;
  /** The borderline model's log-odds: how much the passage reads like the guideline's borderline case. */
  borderline: number;
  /** The linear model's probability for the passage before (0 for the first). */
  previous: number;
  /** The linear model's probability for the passage after (0 for the last). */
  next: number;
}

export function combinerInputs(
  category: Category,
  models: ModelOpinions,
  { hits, lexicons, ownLexicons }: { hits: RuleHit[]; lexicons: string[]; ownLexicons: string[] },
  context: PageContext,
): CombinerInputs {
  const inputs: CombinerInputs = new Map();
  const p = Math.min(Math.max(models.bayes, 1e-6), 1 - 1e-6);
  inputs.set('bias', 1);
  inputs.set('modelLogit', Math.log(p / (1 - p)));
  inputs.set('linearLogit', models.linear);
  inputs.set('borderlineLogit', models.borderline);
  const own = hits.filter((h) => h.category === category);
  const live = own.filter((h) => !h.cancelled);
  for (const hit of live) inputs.set(`rule:${hit.ruleId}`, 1);
  // The weight each rule declares is a prior: a rule that rarely fires in the corpus still counts.
  inputs.set('declaredWeight', live.reduce((sum, h) => sum + h.weight, 0));
  inputs.set('cancelledRules', own.length - live.length);
  for (const lexicon of lexicons) {
    // A page that calls its support free and the school's own clears the sign-up lines under it of referral; it
    // says nothing about whether a contribution elsewhere on the page is compulsory.
    if (category !== 'commercial-tutoring' && isSupportPageCue(lexicon)) continue;
    inputs.set(lexicon.toLowerCase(), 1);
  }
  // A price row, a sign-up line or "Zij blijven op school" is a violation when the line before is one: each of
  // the passage's own cues, weighted by how much the previous passage looked like a violation.
  inputs.set('previous', models.previous);
  for (const lexicon of ownLexicons) inputs.set(`previous&${lexicon.toLowerCase()}`, models.previous);
  // A bureau's name in a heading or intro line is a promotion when the line after prices or signs up for it.
  inputs.set('next', models.next);
  for (const lexicon of ownLexicons) inputs.set(`next&${lexicon.toLowerCase()}`, models.next);
  inputs.set('discussion', context.discussion);
  inputs.set('discussionTimesRule', live.length ? context.discussion : 0);
  return inputs;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function combinedScore(weights: Record<string, number>, inputs: CombinerInputs): number {
  let z = 0;
  for (const [name, value] of inputs) z += (weights[name] ?? 0) * value;
  return sigmoid(z);
}
