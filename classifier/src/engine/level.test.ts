import { describe, expect, it } from 'vitest';
import { classifyText } from './classify.ts';
import { isOtherOffer, onlyNamesOrAsks, onTopic } from './level.ts';

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
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:price', 'PAGE:tutoring'])).toBe(true);
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:price', 'LEX:tutoring'])).toBe(false);
    expect(isOtherOffer(['LEX:afterSchool', 'LEX:bureauName'])).toBe(false);
    expect(isOtherOffer(['CTX:afterSchool', 'LEX:price'])).toBe(false);
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
