import { foldForMatch } from '../../../shared/src/index.ts';

export interface Token {
  /** Folded form: lower case, accents stripped. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'amount' | 'number' | 'percent' | 'url';
}

// Amounts first ("€ 45,-", "EUR 45,00", "45 euro", "€45,50"), then URLs, percents, numbers and words.
const TOKEN = new RegExp(
  [
    String.raw`(?<amount>(?:€|eur\b\.?)\s?\d[\d.]*(?:,(?:\d{1,2}|-{1,2}))?|\d[\d.]*(?:,(?:\d{1,2}|-))?\s?(?:euro|eur)\b)`,
    String.raw`(?<url>(?:https?://|www\.)[^\s]+|[a-z0-9-]+\.(?:nl|com|org|eu)\b(?:/[^\s]*)?)`,
    String.raw`(?<percent>\d+(?:[.,]\d+)?\s?%)`,
    String.raw`(?<number>\d+(?:[.,:/-]\d+)*)`,
    String.raw`(?<word>[\p{L}][\p{L}'-]*[\p{L}]|[\p{L}])`,
  ].join('|'),
  'gu',
);

/** Tokens of a text with offsets into the original (folding is length-preserving). */
export function tokenize(text: string): Token[] {
  const folded = foldForMatch(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const groups = m.groups ?? {};
    const kind = (['amount', 'url', 'percent', 'number', 'word'] as const).find((k) => groups[k] !== undefined) ?? 'word';
    tokens.push({ norm: m[0].replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length, kind });
  }
  return tokens;
}
