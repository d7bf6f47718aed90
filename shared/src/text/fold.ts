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

/** Lower-case, strip accents, straighten quotes and dashes; same length as the input. */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    // toLowerCase can change length for a few exotic code points; keep the original unit then.
    out += ch.length === 1 ? (FOLD[ch] ?? ch) : ch;
  }
  return out.length === text.length ? out : text.toLowerCase();
}

/** Collapse runs of whitespace and remove invisible characters, for display and hashing. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\u00ad\u200b\u200c\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}
