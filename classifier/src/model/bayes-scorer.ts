/** The part of a trained natural BayesClassifier that scoring needs, as written by `npm run train`. */
export interface BayesModel {
  labels: string[];
  /** Feature name → index (natural's dense feature order). */
  vocabulary: Record<string, number>;
  classFeatures: Record<string, Record<string, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
}

/**
 * Class probabilities for a set of present features, with natural's Bayes arithmetic done in log space
 * (natural multiplies probabilities and underflows on long passages).
 */
export function bayesProbabilities(model: BayesModel, features: string[]): Record<string, number> {
  const logScores = model.labels.map((label) => {
    const counts = model.classFeatures[label] ?? {};
    const total = model.classTotals[label] ?? 1;
    let score = Math.log(total / model.totalExamples);
    for (const f of features) {
      const index = model.vocabulary[f];
      if (index === undefined) continue;
      score += Math.log((counts[index] ?? model.smoothing) / total);
    }
    return score;
  });
  const max = Math.max(...logScores);
  const exp = logScores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(model.labels.map((label, i) => [label, exp[i]! / sum]));
}
