import { describe, expect, it } from 'vitest';
import { onlyNamesOrAsks, onTopic } from './level.ts';

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
