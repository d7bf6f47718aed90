import { describe, expect, it } from 'vitest';
import { foldForMatch, normalizeWhitespace } from './fold.ts';

describe('foldForMatch', () => {
  it('lower-cases, strips accents and straightens punctuation without changing length', () => {
    const text = 'Geïncasseerd “Vrijwillig” – Één € 45,- café\u00a0naïef';
    const folded = foldForMatch(text);
    expect(folded).toBe('geincasseerd "vrijwillig" - een € 45,- cafe naief');
    expect(folded.length).toBe(text.length);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses whitespace and drops invisible characters', () => {
    expect(normalizeWhitespace('  ouder\u00adbijdrage \n\t is  vrijwillig\u200b ')).toBe('ouderbijdrage is vrijwillig');
  });
});
