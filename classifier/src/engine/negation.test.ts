import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../shared/src/index.ts';
import { splitClauses, spanAround } from './clauses.ts';
import { isNegated } from './negation.ts';

function negated(sentence: string, trigger: string): boolean {
  const folded = foldForMatch(sentence);
  const start = folded.indexOf(foldForMatch(trigger));
  if (start < 0) throw new Error(`trigger "${trigger}" not in sentence`);
  const span = { start, end: start + trigger.length };
  return isNegated(folded, span, spanAround(splitClauses(folded), start));
}

describe('isNegated', () => {
  it.each([
    ['De ouderbijdrage is niet verplicht.', 'verplicht'],
    ['U bent geenszins verplicht om te betalen.', 'verplicht'],
    ['Niemand wordt uitgesloten van het kamp.', 'uitgesloten'],
    ['Wij werken niet samen met bijlesbureaus.', 'samen'],
    ['Er is geen vervangend programma.', 'vervangend programma'],
  ])('denies: %s', (sentence, trigger) => expect(negated(sentence, trigger)).toBe(true));

  it.each([
    ['De ouderbijdrage is verplicht.', 'verplicht'],
    // "niet betaald" is the condition, not a denial of the exclusion.
    ['Als er niet betaald is, wordt uw kind uitgesloten.', 'uitgesloten'],
    // The negation belongs to another clause.
    ['De bijdrage is vrijwillig, maar de kampkosten zijn verplicht.', 'verplicht'],
    // A conjunction starts a new predicate.
    ['Het schoolreisje is niet inbegrepen en moet apart betaald worden.', 'moet apart betaald'],
  ])('does not deny: %s', (sentence, trigger) => expect(negated(sentence, trigger)).toBe(false));
});
