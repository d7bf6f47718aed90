import { CATEGORIES, type Category } from '../../../shared/src/index.ts';
import { modelFeatures } from '../features/model-features.ts';
import { bayesProbabilities, type BayesModel } from '../model/bayes-scorer.ts';
import { combinedScore, combinerInputs, type CombinerModel } from '../model/combiner.ts';
import { matchRules } from './match-rules.ts';
import type { PageContext } from './page-context.ts';
import { lexiconFeatures, type LexiconProbe } from './lexicon-probes.ts';
import type { CompiledRule, RuleHit } from './rule-types.ts';

export interface TrainedModel {
  bayes: BayesModel;
  combiner: CombinerModel;
}

export interface PassageScore {
  hits: RuleHit[];
  features: string[];
  probabilities: Record<string, number>;
  scores: Record<Category, number>;
}

/** Everything the classifier knows about one passage: rule hits, model probabilities, calibrated scores. */
export function scorePassage(
  rules: CompiledRule[],
  probes: LexiconProbe[],
  model: TrainedModel,
  passage: { text: string; context?: string; contextLexicons?: string[] },
  page: PageContext,
): PassageScore {
  const hits = matchRules(rules, passage);
  const lexicons = lexiconFeatures(probes, passage.text);
  // What the heading and the passage before say (a bureau named there, prices there) colours this one.
  const contextLexicons = passage.contextLexicons ?? (passage.context ? lexiconFeatures(probes, passage.context, 'CTX') : []);
  const features = modelFeatures(passage.text, hits, page, lexicons, [...contextLexicons, ...(page.lexicons ?? [])]);
  const probabilities = bayesProbabilities(model.bayes, features);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, combinedScore(model.combiner.weights[c], combinerInputs(c, probabilities[c] ?? 0, hits, [...lexicons, ...contextLexicons, ...(page.lexicons ?? [])], page))]),
  ) as Record<Category, number>;
  return { hits, features, probabilities, scores };
}
