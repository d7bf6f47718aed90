import { tokenize } from '../text/tokens.ts';
import type { RuleHit } from '../engine/rule-types.ts';
import { DISCUSSION_PAGE, type PageContext } from '../engine/page-context.ts';
import { stem } from './dutch-stemmer.ts';
import { STOPWORDS } from './stopwords.ts';

const NEGATOR = /^(?:niet|geen|nooit|niemand|noch|zonder|hoeft|hoeven|nergens|not|never|no)$/;
const NEGATION_REACH = 4;
const AFFIX_MIN_LENGTH = 9;
const ZERO_AMOUNT = /^(?:€|eur\.?)?\s?0(?![.,]?\d*[1-9])/;

/**
 * Features of a passage for the statistical model: stems, stem bigrams, negation-marked stems ("!verplicht"
 * after "niet"), heads and tails of long compounds, token classes (amounts, percentages, links), rule hits (live and cancelled) and page voice.
 */
export function modelFeatures(text: string, hits: RuleHit[], context: PageContext, lexicons: string[] = [], contextLexicons: string[] = []): string[] {
  const features = new Set<string>([...lexicons, ...contextLexicons]);
  let negationLeft = 0;
  let previous: string | undefined;
  const question = answeredQuestion(text);
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') {
      // "€ 0" in a price table says free, the opposite of a price.
      features.add(token.kind === 'amount' && ZERO_AMOUNT.test(token.norm) ? '$zero-amount' : `$${token.kind}`);
      previous = undefined;
      continue;
    }
    const word = token.norm;
    // Dutch glues words together: "kampgeld", "bijlesinstituut". A long word's head and tail carry its parts.
    if (word.length >= AFFIX_MIN_LENGTH) features.add(`<${word.slice(0, 5)}`).add(`>${word.slice(-6)}`);
    if (NEGATOR.test(word)) {
      features.add(word);
      negationLeft = NEGATION_REACH;
      previous = word;
      continue;
    }
    if (STOPWORDS.has(word)) continue;
    const s = stem(word);
    // "Is de bijdrage verplicht? Nee." asks, and "Kan mijn kind zonder betaling mee? Nee." asks the opposite:
    // the words of an answered question carry the answer with them, so the model learns both.
    const mark = question && token.start >= question.start && token.end <= question.end ? `?${question.answer}:` : '';
    features.add(mark + (negationLeft > 0 ? `!${s}` : s));
    if (negationLeft > 0) negationLeft--;
    if (previous) features.add(`${mark}${previous}_${s}`);
    previous = s;
  }
  for (const hit of hits) features.add(hit.cancelled ? `R:${hit.ruleId}:${hit.cancelled}` : `R:${hit.ruleId}`);
  if (context.discussion >= DISCUSSION_PAGE) features.add('CTX:discussion');
  else if (context.discussion <= 0.15) features.add('CTX:school');
  return [...features];
}

/** The span of a question that the passage answers with yes or no, and the answer. */
function answeredQuestion(text: string): { start: number; end: number; answer: 'nee' | 'ja' } | undefined {
  const m = /\?\s*(?:(nee|neen|no)|(ja|yes))(?![\p{L}])/iu.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
  return { start, end: m.index, answer: m[1] ? 'nee' : 'ja' };
}
