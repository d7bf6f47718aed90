// Wilson score interval for a binomial proportion (Wilson 1927; recommended by Newcombe 1998 and by
// Brown, Cai & DasGupta 2001). Unlike the textbook p ± z·se it stays inside [0, 1] and behaves at 0 of n.

/** Two-sided 95%: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Proportion {
  /** Units with the property. */
  count: number;
  /** Units looked at. */
  total: number;
  /** count / total, or undefined when nothing was looked at. */
  share?: number;
  low?: number;
  high?: number;
}

export function wilsonInterval(count: number, total: number, z = Z_95): Proportion {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total < 0 || count > total) {
    throw new RangeError(`wilsonInterval: need whole numbers 0 <= count <= total, got ${count} of ${total}`);
  }
  if (total === 0) return { count, total };
  const p = count / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const halfWidth = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return {
    count,
    total,
    share: p,
    low: count === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: count === total ? 1 : Math.min(1, centre + halfWidth),
  };
}
