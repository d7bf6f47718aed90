import { describe, expect, it } from 'vitest';
import { CATEGORIES, LEVELS } from '../../../shared/src/index.ts';
import { classifyDocument, classifyText } from '../index.ts';

const likely = (text: string) => classifyText(text).filter((f) => f.level === 'likely');

describe('classifyText', () => {
  it('flags a compulsory contribution with the trigger as span and a Dutch reason', () => {
    const [finding, ...rest] = likely('De ouderbijdrage van € 50 is verplicht en dient voor 1 oktober te worden voldaan.');
    expect(rest).toEqual([]);
    expect(finding!.category).toBe('mandatory-contribution');
    expect(finding!.text.slice(finding!.span.start, finding!.span.end)).toMatch(/verplicht|voldaan/);
    expect(finding!.reasons.join(' ')).toMatch(/vrijwillig/);
    expect(finding!.ruleIds).toContain('contribution.called-compulsory');
  });

  it('flags promotion of a paid tutoring bureau', () => {
    const findings = likely('Voor huiswerkbegeleiding werken wij samen met Huiswerkinstituut De Kolibrie. Leerlingen van onze school krijgen 10% korting op het abonnement.');
    expect(findings.map((f) => f.category)).toEqual(['commercial-tutoring']);
  });

  it('reads a table row as one statement', () => {
    expect(likely('Kluishuur | € 15 | verplicht voor alle leerlingen').map((f) => f.category)).toEqual(['mandatory-contribution']);
  });

  it('flags exclusion of pupils whose parents did not pay', () => {
    expect(likely('Leerlingen van wie de ouderbijdrage niet is betaald, kunnen niet mee op schoolkamp.').map((f) => f.category)).toEqual(['mandatory-contribution']);
  });

  it.each([
    'De ouderbijdrage van € 45 is vrijwillig. Alle kinderen doen mee, ook als u niet betaalt.',
    'De ouderbijdrage is niet verplicht en niemand wordt uitgesloten.',
    'Gymkleding en een atlas schaft u zelf aan.',
    'De huiswerkklas wordt gegeven door onze eigen docenten en is gratis voor alle leerlingen.',
    'Wij werken niet samen met commerciële bijlesbureaus en verwijzen daar ook niet naar.',
    'Gymkleding | € 25 | verplicht',
    'Onderdeel | Bedrag | Verplicht?',
    'Ouderbijdrage | € 45 | vrijwillig',
  ])('leaves a clean look-alike alone: %s', (text) => {
    expect(likely(text)).toEqual([]);
  });

  it('reports nothing where neither a rule nor the category\'s own words point at anything', () => {
    expect(classifyText('Elk gezin kan vier toegangskaarten reserveren via de leerkracht. Zijn er daarna nog plaatsen over, dan melden we dat in de nieuwsbrief.')).toEqual([]);
  });

  it('returns findings in the contract shape', () => {
    const findings = classifyText('Kluishuur (verplicht): € 15,00 per jaar.\n\nDe tto-bijdrage is verschuldigd voor alle leerlingen.');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(CATEGORIES).toContain(f.category);
      expect(LEVELS).toContain(f.level);
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.span.start).toBeGreaterThanOrEqual(0);
      expect(f.span.end).toBeLessThanOrEqual(f.text.length);
      expect(f.span.end).toBeGreaterThan(f.span.start);
      expect(f.reasons.length).toBeGreaterThan(0);
      expect(f.ruleIds.length).toBeGreaterThan(0);
      expect(typeof f.locator).toBe('string');
    }
  });

  it('gives reasons in English on request', () => {
    const [finding] = classifyText('De ouderbijdrage is verplicht en wordt automatisch geïncasseerd.', { lang: 'en' });
    expect(finding!.reasons.join(' ')).toMatch(/voluntary|compulsory/);
  });
});

describe('classifyDocument', () => {
  it('carries block locators and PDF page numbers onto findings', () => {
    const findings = classifyDocument({
      blocks: [
        { kind: 'heading', text: 'Schoolkosten', locator: 'pdf:page=3;block=0', pdfPage: 3 },
        { kind: 'pdf-lines', text: 'De bijdrage voor de werkweek is verplicht en moet voor 1 maart zijn betaald.', locator: 'pdf:page=3;block=1', pdfPage: 3 },
      ],
    });
    const hit = findings.find((f) => f.level === 'likely');
    expect(hit).toMatchObject({ pdfPage: 3, locator: 'pdf:page=3;block=1', blockIndex: 1 });
  });

  it('does not flag a page that only discusses the rules', () => {
    const findings = classifyDocument({
      title: 'Kabinet: ouderbijdrage blijft vrijwillig',
      blocks: [
        'Volgens de minister mogen scholen leerlingen niet uitsluiten als ouders de bijdrage niet betalen.',
        'Onderzoek van de inspectie laat zien dat veel scholen de bijdrage nog als verplicht presenteren.',
        'Ook vraagt het kabinet schoolbesturen te stoppen met reclame voor commerciële bijlesbureaus.',
      ].map((text, i) => ({ kind: 'paragraph' as const, text, locator: `p${i}` })),
    });
    expect(findings.filter((f) => f.level === 'likely')).toEqual([]);
  });

  it('does not throw on empty or odd input', () => {
    expect(classifyDocument({ blocks: [] })).toEqual([]);
    expect(() => classifyDocument({ blocks: [{ kind: 'paragraph', text: '€€€ ,,, ... \u0000 '.repeat(500), locator: 'x' }] })).not.toThrow();
  });
});
