import type { Category } from '../../../shared/src/index.ts';
import type { RuleHit } from '../engine/rule-types.ts';
import type { PageContext } from '../engine/page-context.ts';

/** Names of the combiner's inputs, in order; the weights in the model file follow this order. */
export const COMBINER_INPUTS = [
  'bias', 'modelLogit', 'ruleWeight', 'strongestRule', 'cancelledRules', 'discussion', 'discussionTimesRule',
] as const;

export interface CombinerModel {
  weights: Record<Category, number[]>;
  thresholds: { likely: number; review: number };
}

export function combinerInputs(category: Category, modelProbability: number, hits: RuleHit[], context: PageContext): number[] {
  const own = hits.filter((h) => h.category === category);
  const live = own.filter((h) => !h.cancelled);
  const ruleWeight = live.reduce((sum, h) => sum + h.weight, 0);
  const strongest = live.reduce((max, h) => Math.max(max, h.weight), 0);
  const p = Math.min(Math.max(modelProbability, 1e-6), 1 - 1e-6);
  return [1, Math.log(p / (1 - p)), ruleWeight, strongest, own.length - live.length, context.discussion, context.discussion * ruleWeight];
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function combinedScore(weights: number[], inputs: number[]): number {
  let z = 0;
  for (let i = 0; i < inputs.length; i++) z += (weights[i] ?? 0) * inputs[i]!;
  return sigmoid(z);
}
