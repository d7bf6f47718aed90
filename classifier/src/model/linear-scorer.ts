/**
 * A sparse logistic model per category over the same features the Bayes model reads. Bayes counts each word
 * as independent evidence and grows overconfident on long passages; the linear model weighs features jointly,
 * so a price next to a provider's name and a price next to "vrijwillig" can count differently.
 */
export interface LinearModel {
  bias: number;
  /** Feature → weight; features absent from the map weigh nothing. */
  weights: Record<string, number>;
}

export function linearLogit(model: LinearModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return z;
}
