/**
 * L2-regularised logistic regression over sparse binary features, fitted by full-batch AdaGrad: thousands of
 * features, a few thousand rows, a couple of seconds, and the same weights on every run (no sampling).
 * natural's LogisticRegressionClassifier works on dense vectors and took minutes on this corpus.
 */
export interface SparseFitOptions {
  epochs?: number;
  l2?: number;
  learningRate?: number;
}

// l2 = 1: on cross-fitted scores, 0.3 and 3 each gave a point less recall at 0.9 precision (December 2026).
export function fitSparseLogistic(
  rows: string[][],
  targets: number[],
  { epochs = 300, l2 = 1, learningRate = 0.5 }: SparseFitOptions = {},
): { bias: number; weights: Record<string, number> } {
  const vocabulary = [...new Set(rows.flat())].sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const X = rows.map((row) => [...new Set(row)].map((f) => index.get(f)!));
  const n = rows.length;
  const w = new Float64Array(vocabulary.length);
  const squared = new Float64Array(vocabulary.length).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(vocabulary.length);
    let biasGrad = 0;
    X.forEach((features, i) => {
      let z = bias;
      for (const j of features) z += w[j]!;
      const error = 1 / (1 + Math.exp(-z)) - targets[i]!;
      biasGrad += error;
      for (const j of features) grad[j]! += error;
    });
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / n + (l2 / n) * w[j]!;
      squared[j]! += g * g;
      w[j]! -= (learningRate * g) / Math.sqrt(squared[j]!);
    }
    biasGrad /= n;
    biasSquared += biasGrad * biasGrad;
    bias -= (learningRate * biasGrad) / Math.sqrt(biasSquared);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, j) => {
    const v = round(w[j]!);
    if (v !== 0) weights[f] = v;
  });
  return { bias: round(bias), weights };
}
