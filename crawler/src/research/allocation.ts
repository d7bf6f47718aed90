// How many units each stratum contributes to a sample of n: proportional to stratum size, rounded with
// the largest-remainder (Hamilton) method so the parts add up to exactly n.

export interface StratumSize {
  key: string;
  size: number;
}

/**
 * Proportional allocation: stratum i gets floor(n · size_i / N), and the units still missing go one by one
 * to the largest remainders (ties: the larger stratum, then the key, so the result never depends on input order).
 */
export function allocateProportionally(strata: readonly StratumSize[], n: number): Map<string, number> {
  const population = strata.reduce((sum, s) => sum + s.size, 0);
  const wanted = Math.min(n, population);
  const result = new Map<string, number>();
  if (population === 0) {
    for (const s of strata) result.set(s.key, 0);
    return result;
  }
  const quotas = strata.map((s) => ({ ...s, exact: (wanted * s.size) / population }));
  for (const q of quotas) result.set(q.key, Math.floor(q.exact));
  let missing = wanted - [...result.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...quotas].sort((a, b) =>
    (b.exact - Math.floor(b.exact)) - (a.exact - Math.floor(a.exact)) || b.size - a.size || compareKeys(a.key, b.key));
  for (const q of byRemainder) {
    if (missing === 0) break;
    if (result.get(q.key)! < q.size) {
      result.set(q.key, result.get(q.key)! + 1);
      missing--;
    }
  }
  return result;
}

/**
 * Equal allocation with a cap: every stratum gets n / k, a stratum smaller than its share gives everything
 * it has and the rest is shared among the others. Used for review samples, where rare flagged schools
 * must be well represented.
 */
export function allocateEqually(strata: readonly StratumSize[], n: number): Map<string, number> {
  const result = new Map<string, number>(strata.map((s) => [s.key, 0]));
  let left = Math.min(n, strata.reduce((sum, s) => sum + s.size, 0));
  let open = [...strata].sort((a, b) => compareKeys(a.key, b.key));
  while (left > 0 && open.length > 0) {
    const share = Math.floor(left / open.length);
    const extra = left - share * open.length;
    const next: StratumSize[] = [];
    open.forEach((s, i) => {
      const room = s.size - result.get(s.key)!;
      const give = Math.min(room, share + (i < extra ? 1 : 0));
      result.set(s.key, result.get(s.key)! + give);
      left -= give;
      if (room > give) next.push(s);
    });
    if (next.length === open.length && share === 0 && extra === 0) break;
    open = next;
  }
  return result;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
