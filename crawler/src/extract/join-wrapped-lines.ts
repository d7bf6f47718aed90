import { normalizeWhitespace } from '../../../shared/src/index.ts';

/** "ouder- en leerlingenraad": a hyphen before these words is an ellipsis hyphen, not a line-end break. */
const KEEPS_HYPHEN_BEFORE = /^(en|of|tot|t\/m)\b/;
const ENDS_IN_HYPHEN_AFTER_LETTER = /\p{L}[-\u00ad\u2010]$/u;

/**
 * Joins the lines of one wrapped paragraph into a single normalised string. A word hyphenated across
 * a line end is made whole when both halves are lower case ("ouder-" + "bijdrage"); "Noord-" +
 * "Holland" keeps its hyphen, and "ouder-" + "en" stays two words.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (!ENDS_IN_HYPHEN_AFTER_LETTER.test(text) || KEEPS_HYPHEN_BEFORE.test(line)) text += ` ${line}`;
    else if (text.endsWith('\u00ad') || (/\p{Ll}.$/u.test(text) && /^\p{Ll}/u.test(line))) text = text.slice(0, -1) + line;
    else text += line;
  }
  return normalizeWhitespace(text);
}
