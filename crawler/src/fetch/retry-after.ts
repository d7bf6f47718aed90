/**
 * Milliseconds to wait from a Retry-After header: delay-seconds (`120`) or an HTTP date. Undefined when
 * absent or unreadable; 0 for a date in the past.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
