/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS): a few dozen inputs, a few thousand rows,
 * converges in a few dozen steps and is deterministic. Inputs marked non-negative are kept >= 0 by projection.
 */
export function fitLogistic(
  rows: number[][],
  targets: number[],
  options: { iterations?: number; l2?: number; nonNegative?: boolean[] } = {},
): number[] {
  const { iterations = 60, l2 = 1, nonNegative = [] } = options;
  const width = rows[0]?.length ?? 0;
  let w = new Array<number>(width).fill(0);
  // Most inputs are 0/1 flags that are off: the Hessian only needs the pairs that are on in a row.
  const nonZero = rows.map((x) => x.flatMap((v, a) => (v !== 0 ? [a] : [])));
  for (let iter = 0; iter < iterations; iter++) {
    const grad = new Array<number>(width).fill(0);
    const hess = Array.from({ length: width }, () => new Array<number>(width).fill(0));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-dot(w, x)));
      const s = Math.max(p * (1 - p), 1e-9);
      const on = nonZero[i]!;
      for (const a of on) {
        grad[a]! += (p - targets[i]!) * x[a]!;
        const row = hess[a]!;
        for (const b of on) row[b]! += s * x[a]! * x[b]!;
      }
    });
    for (let a = 1; a < width; a++) {
      grad[a]! += l2 * w[a]!;
      hess[a]![a]! += l2;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    // Projected step: inputs declared monotone (a rule firing) may only push the score up.
    w = w.map((v, i) => (nonNegative[i] ? Math.max(0, v - step[i]!) : v - step[i]!));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w.map((v) => Math.round(v * 1e6) / 1e6);
}

function dot(a: number[], b: number[]): number {
  let z = 0;
  for (let i = 0; i < a.length; i++) z += a[i]! * b[i]!;
  return z;
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
