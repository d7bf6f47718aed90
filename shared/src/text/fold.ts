// Length-preserving folding for matching: every output code unit stands at the same index as its source,
// so a match found in the folded text is a valid span in the original.
const FOLD: Record<string, string> = {
  'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
  'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
  'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i',
  'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
  'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u',
  'ç': 'c', 'ñ': 'n', 'ý': 'y', 'ÿ': 'y',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u2013': '-', '\u2014': '-', '\u2011': '-', '\u00ad': ' ', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
  '\u200b': ' ', '\u2022': '*',
};

const NON_ASCII = /[^\u0000-\u007f]/g;

/** Lower-case, strip accents, straighten quotes and dashes; same length as the input. */
export function foldForMatch(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase can change the length for a few exotic code points; matching then falls back to it unfolded.
  if (lower.length !== text.length) return lower;
  return lower.replace(NON_ASCII, (ch) => FOLD[ch] ?? ch);
}

/** Collapse runs of whitespace and remove invisible characters, for display and hashing. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}
