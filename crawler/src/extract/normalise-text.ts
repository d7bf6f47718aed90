// Soft hyphens and zero-width characters are invisible on the page but split words for the classifier.
const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// `\s` covers no-break space (&nbsp;) and the other Unicode spaces.
const WHITESPACE_RUN = /\s+/g;

/** Visible text as one line: invisible characters removed, every whitespace run a single space, trimmed. */
export function normaliseText(raw: string): string {
  return raw.replace(INVISIBLE_CHARACTERS, '').replace(WHITESPACE_RUN, ' ').trim();
}
