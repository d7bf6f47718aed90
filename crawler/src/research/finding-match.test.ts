import { describe, expect, it } from 'vitest';
import { finding } from '../store/store-fixtures.ts';
import { matchSiteFindings, passageSimilarity } from './finding-match.ts';

const SENTENCE = 'De schoolkosten van € 310 dienen vóór 1 oktober te worden voldaan; bij uitblijven volgt een incassobureau.';

describe('matchSiteFindings', () => {
  it('pairs unchanged, edited and moved passages and leaves real additions and removals', () => {
    const old = [
      finding('http://a.test/kosten', SENTENCE),
      finding('http://a.test/kosten', 'Wij werken samen met Lyceo voor huiswerkbegeleiding na schooltijd.', { blockIndex: 2 }),
      finding('http://a.test/nieuws/1', 'Aanmelden voor examentraining kan bij Studiekring, tegen betaling.', { blockIndex: 1 }),
      finding('http://a.test/oud', 'De bijdrage voor de werkweek is verplicht voor iedereen.'),
    ];
    const now = [
      finding('http://www.a.test/kosten/', '  Wij werken SAMEN met Lyceo voor huiswerkbegeleiding na schooltijd. ', { blockIndex: 3 }),
      finding('http://a.test/kosten', SENTENCE.replace('dienen vóór 1 oktober te worden voldaan', 'moeten vóór 1 oktober zijn voldaan')),
      finding('http://a.test/2025/nieuws-1', 'Aanmelden voor examentraining kan bij Studiekring, tegen betaling.'),
      finding('http://a.test/nieuw', 'Leerlingen die niet betalen gaan naar een vervangend programma.'),
    ];
    const match = matchSiteFindings(old, now);
    expect(match.pairs.map((p) => [p.kind, p.old.url, p.new.url])).toEqual([
      ['unchanged', 'http://a.test/kosten', 'http://www.a.test/kosten/'],
      ['edited', 'http://a.test/kosten', 'http://a.test/kosten'],
      ['moved', 'http://a.test/nieuws/1', 'http://a.test/2025/nieuws-1'],
    ]);
    expect(match.removed.map((f) => f.url)).toEqual(['http://a.test/oud']);
    expect(match.added.map((f) => f.url)).toEqual(['http://a.test/nieuw']);
  });

  it('does not take another passage on the same page for an edit', () => {
    const match = matchSiteFindings(
      [finding('http://a.test/x', 'Wij werken samen met Lyceo voor huiswerkbegeleiding na schooltijd.')],
      [finding('http://a.test/x', 'De ouderbijdrage is verplicht en wordt geïncasseerd.')],
    );
    expect(match.pairs).toEqual([]);
    expect([match.removed.length, match.added.length]).toEqual([1, 1]);
  });

  it('keeps categories apart', () => {
    const match = matchSiteFindings([finding('http://a.test/x', SENTENCE)], [finding('http://a.test/x', SENTENCE, { category: 'mandatory-contribution' })]);
    expect(match.pairs).toEqual([]);
  });
});

describe('passageSimilarity', () => {
  it('is 1 for the same text up to case and spacing, and low for unrelated text', () => {
    expect(passageSimilarity('Een  Zin.', 'een zin.')).toBe(1);
    expect(passageSimilarity(SENTENCE, 'Gymkleding en een etui neemt uw kind zelf mee.')).toBeLessThan(0.3);
  });
});
