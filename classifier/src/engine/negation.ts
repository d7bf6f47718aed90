import type { Span } from '../../../shared/src/index.ts';

// English negators too: TTO and international pages state the same rules in English ("is not compulsory").
const NEGATOR = /^(?:niet|geen|nooit|niemand|noch|zonder|hoeft|hoeven|hoef|nergens|allerminst|geenszins|not|never|no)$/;
// A negator that governs payment ("niet betaald", "geen bijdrage") states a condition, not a denial.
const PAYMENT_WORD = /^(?:betaal\w*|betaald|betalen|voldaan|voldoen|bijdrage\w*|betaling\w*|ontvangen|overgemaakt)$/;
const WINDOW = 4;

/**
 * True when a negator before the trigger, inside the trigger's clause and at most WINDOW words away,
 * denies it ("is niet verplicht", "niemand wordt uitgesloten", "hoeft u niet te betalen").
 */
export function isNegated(folded: string, trigger: Span, clause: Span): boolean {
  const before = folded.slice(Math.max(clause.start, 0), trigger.start);
  // A coordinating conjunction starts a new predicate: "niet inbegrepen en moet apart betaald worden".
  const words = (before.split(/\s(?:en|of|maar|dus)\s/).pop() ?? '').match(/[\p{L}-]+/gu) ?? [];
  const window = words.slice(-WINDOW);
  for (let i = 0; i < window.length; i++) {
    if (!NEGATOR.test(window[i]!)) continue;
    const governs = window.slice(i + 1, i + 3);
    if (governs.some((w) => PAYMENT_WORD.test(w))) continue;
    return true;
  }
  // "verplicht is zij niet", "is verplicht? nee": a denial right after the trigger in the same clause.
  const after = folded.slice(trigger.end, Math.min(clause.end, trigger.end + 25));
  return /^\s*(?:(?:is|zijn|wordt|worden)\s+(?:\w+\s+)?niet\b(?!\s*(?:mee|betaal|betaald|voldaan|deel))|\?\s*nee\b)/.test(after);
}
