import { describe, expect, it } from 'vitest';
import { classifyText } from './classify.ts';
import { isOtherOffer, levelFor, onlyNamesOrAsks, onTopic } from './level.ts';

// Without a rule, a `likely` tutoring finding needs tutoring's topic nearby; a frequency is not that topic.
describe('onTopic', () => {
  it.each([
    ['Eens per maand is er een inloopochtend waarop ouders in de klas mogen kijken.', false],
    ['De leesclub komt twee middagen per maand bij elkaar.', false],
    ['Lesgeld: 89 euro per maand.', true],
    ['Kinderen kunnen vanaf drie jaar worden aangemeld.', false],
    ['Na schooltijd is er huiswerkbegeleiding in de aula.', true],
  ])('reads %j as about tutoring: %s', (text, expected) => {
    expect(onTopic('commercial-tutoring', [], [text])).toBe(expected);
  });

  it('counts the lexicons of the passage, its context or its page', () => {
    expect(onTopic('commercial-tutoring', ['PAGE:bureauName'], ['Aanmelden kan bij de mentor.'])).toBe(true);
    expect(onTopic('commercial-tutoring', ['LEX:price'], ['Aanmelden kan bij de mentor.'])).toBe(false);
  });
});

// Headings and lone questions name or ask; the sentences around them state.
describe('onlyNamesOrAsks', () => {
  it.each([
    ['Ouderbijdrage', true],
    ['6.4 Externe partners', true],
    ['3. Huiswerkbegeleiding', true],
    ['Is de ouderbijdrage verplicht?', true],
    ['Lesgeld € 45', false],
    ['Schoolreis: 25 euro', false],
    ['Bijles kost € 20 per les.', false],
  ])('%j: %s', (text, expected) => {
    expect(onlyNamesOrAsks(text)).toBe(expected);
  });
});

// Sport, music and club offers are paid and after school like a bureau's, but they are no tutoring.
describe('isOtherOffer', () => {
  it('tells an offer without tutoring words of its own from one with them', () => {
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:price', 'PAGE:tutoring'], 'Gitaarles in het speellokaal, € 19 per les.')).toBe(true);
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:price', 'LEX:tutoring'], 'Na de judoles is er huiswerkbegeleiding, € 90 per maand.')).toBe(false);
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:bureauName'], 'Lyceo en de muziekschool in één gebouw.')).toBe(false);
    expect(isOtherOffer(['CTX:afterSchool', 'LEX:price'], 'Kosten: € 20 per les.')).toBe(false);
    expect(isOtherOffer(['SEC:afterSchool', 'LEX:price', 'LEX:discount'], 'Kosten: € 45, voor onze leerlingen € 5 korting.')).toBe(true);
    expect(isOtherOffer(['SEC:afterSchool', 'LEX:price', 'LEX:tutoring'], 'Ook bijles wiskunde is mogelijk, € 25 per les.')).toBe(false);
  });

  it("does not take a club's training or coaching for tutoring", () => {
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:tutoring', 'LEX:price'], 'Per sport zijn er vier trainingen; een clinic kost € 10.')).toBe(true);
    expect(isOtherOffer(['SEC:afterSchool', 'LEX:tutoring'], 'Er is ook een aparte keeperstraining.')).toBe(true);
  });

  it('reads the lexicons classify finds on a page that offers both', () => {
    const page = [
      'Naschools aanbod',
      'Huiswerkinstituut De Kolibrie geeft na schooltijd in ons gebouw huiswerkbegeleiding; een abonnement kost € 160 per maand.',
      'Muziekschool Klankrijk geeft op maandagmiddag gitaarles in het speellokaal; u betaalt € 19 per les aan de muziekschool.',
    ].join('\n\n');
    const likely = classifyText(page).filter((f) => f.category === 'commercial-tutoring' && f.level === 'likely').map((f) => f.text);
    expect(likely.some((p) => p.includes('De Kolibrie'))).toBe(true);
    expect(likely.some((p) => p.includes('Klankrijk'))).toBe(false);
  });
});

// The guideline puts a bare mention and pressure without consequence at review at most.
describe('the borderline reading', () => {
  const thresholds = { likely: { 'commercial-tutoring': 0.5, 'mandatory-contribution': 0.5 }, review: 0.3 };
  const folders = { text: 'In de mediatheek liggen folders van Bijlesbureau Slim.', hits: [], lexicons: ['LEX:bureau'], discussion: 0 };

  it('keeps a passage that reads more like the borderline case than not at review, whatever its score', () => {
    expect(levelFor('commercial-tutoring', 0.9, { ...folders, borderline: -1.2 }, thresholds)).toBe('likely');
    expect(levelFor('commercial-tutoring', 0.9, { ...folders, borderline: 0.8 }, thresholds)).toBe('review');
  });

  it('leaves contribution to the score: its borderline reading overlaps with pressure that has a consequence', () => {
    const pressure = { text: 'Wij gaan ervan uit dat alle ouders betalen; anders kan uw kind niet mee.', hits: [], lexicons: ['LEX:contribution'], discussion: 0 };
    expect(levelFor('mandatory-contribution', 0.9, { ...pressure, borderline: 0.8 }, thresholds)).toBe('likely');
  });

  it('still reports such a passage for review', () => {
    expect(levelFor('commercial-tutoring', 0.35, { ...folders, borderline: 2 }, thresholds)).toBe('review');
  });
});
