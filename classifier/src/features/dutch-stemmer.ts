// natural's Dutch Porter stemmer, imported by deep path so the classifier skips natural's heavy
// dependencies and stays bundleable for the browser.
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';

const cache = new Map<string, string>();

export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = word.length <= 3 ? word : (stemmer as { stem(w: string): string }).stem(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
