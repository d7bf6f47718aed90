// Text-quote selectors (exact + a little context either side) cut from a block's text.
import type { TextQuoteSelector } from './types.ts';

export const QUOTE_CONTEXT_CHARS = 32;

export function quoteFromText(text: string, start: number, end: number, context = QUOTE_CONTEXT_CHARS): TextQuoteSelector {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - context), from),
    suffix: text.slice(to, to + context),
  };
}

/**
 * Where a quote sits in `text`: the occurrence of `exact` whose surroundings best match prefix
 * and suffix, or -1. Used to find a finding again in a block whose text has shifted.
 */
export function locateQuote(text: string, quote: TextQuoteSelector): number {
  if (!quote.exact) return -1;
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    const score = commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
