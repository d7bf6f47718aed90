import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits ordinary sentences', () => {
    expect(split('Welkom op onze school. Wij zijn een openbare basisschool! Kom je kijken?')).toEqual([
      'Welkom op onze school.', 'Wij zijn een openbare basisschool!', 'Kom je kijken?',
    ]);
  });

  it('keeps Dutch abbreviations inside the sentence', () => {
    const text = 'De bijdrage is o.a. bedoeld voor het schoolreisje, bijv. de bus. Vragen t.a.v. de kosten kunt u stellen.';
    expect(split(text)).toEqual([
      'De bijdrage is o.a. bedoeld voor het schoolreisje, bijv. de bus.', 'Vragen t.a.v. de kosten kunt u stellen.',
    ]);
  });

  it('keeps amounts, dates and initials together', () => {
    const text = 'De ouderbijdrage is € 45,- per jaar. Betaal voor 1 okt. 2024 aan mevr. J. de Vries. Daarna niet meer.';
    expect(split(text)).toEqual([
      'De ouderbijdrage is € 45,- per jaar.', 'Betaal voor 1 okt. 2024 aan mevr. J. de Vries.', 'Daarna niet meer.',
    ]);
  });

  it('treats list lines as separate units', () => {
    const text = 'Kosten:\n- kamp € 85,-\n- schoolreis € 30,-\n1. Aanmelden via de site';
    expect(split(text)).toEqual(['Kosten:', '- kamp € 85,-', '- schoolreis € 30,-', '1. Aanmelden via de site']);
  });

  it('joins a sentence broken across lines', () => {
    expect(split('De bijdrage is\nvrijwillig. Niemand wordt uitgesloten.')).toEqual([
      'De bijdrage is\nvrijwillig.', 'Niemand wordt uitgesloten.',
    ]);
  });

  it('returns spans that index the original text', () => {
    const text = '  Eerste zin.   Tweede zin.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Eerste zin.', 'Tweede zin.']);
  });
});
