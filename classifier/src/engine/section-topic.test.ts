import { describe, expect, it } from 'vitest';
import { nextSectionTopic, readInSections, type SectionTopic } from './section-topic.ts';

const walk = (lines: [string[], string][]) => {
  let topic: SectionTopic;
  return lines.map(([own, text]) => {
    const before = topic;
    topic = nextSectionTopic(topic, own, text);
    return before;
  });
};

describe('the topic of the section a passage stands in', () => {
  it('carries the last offer named to the price and sign-up lines under it', () => {
    // A chess club's intro, its price row, its sign-up line; then a bureau's intro and its price row.
    const before = walk([
      [['LEX:afterSchool'], 'Schaakclub De Loper geeft les in de aula.'],
      [['LEX:price', 'LEX:discount'], 'Tien lessen kosten € 40; onze leerlingen krijgen korting.'],
      [['LEX:promote'], 'Aanmelden via de site van de club.'],
      [['LEX:tutoring', 'LEX:bureau'], 'Bureau Cijferkracht geeft bijles in lokaal 4.'],
      [['LEX:price'], 'Kosten: € 25 per les.'],
    ]);
    expect(before).toEqual([undefined, 'afterSchool', 'afterSchool', 'afterSchool', 'tutoring']);
  });

  it('lets tutoring words outweigh a club named in the same line, and a bare heading end the section', () => {
    expect(nextSectionTopic(undefined, ['LEX:afterSchool', 'LEX:tutoring'], 'Na de judoles is er huiswerkbegeleiding.')).toBe('tutoring');
    expect(nextSectionTopic('afterSchool', ['SHAPE:heading', 'SHAPE:short'], 'Vakanties')).toBeUndefined();
    expect(nextSectionTopic('tutoring', ['LEX:price'], 'Kosten: € 25 per les.')).toBe('tutoring');
  });

  it("keeps a club's section when a line speaks of training, and lets tutoring's own words take it over", () => {
    expect(nextSectionTopic('afterSchool', ['LEX:tutoring'], 'Twee dagen lang trainen de kinderen; er is ook een keeperstraining.')).toBe('afterSchool');
    expect(nextSectionTopic(undefined, ['LEX:tutoring'], 'De training bestaat uit acht bijeenkomsten.')).toBe('tutoring');
    expect(nextSectionTopic('afterSchool', ['LEX:tutoring'], 'Daarnaast geeft Leerwijzer examentraining in de aula.')).toBe('tutoring');
  });

  it('hands each passage its section, and lets a passage that could not be read leave the topic as it was', () => {
    const lines = [
      { text: 'Schaakclub De Loper geeft les in de aula.', own: ['LEX:afterSchool'] },
      { text: 'Onleesbaar', own: undefined },
      { text: 'Tien lessen kosten € 40.', own: ['LEX:price'] },
    ];
    const seen = readInSections(lines, (line, section) => (line.own ? { ownLexicons: line.own, section } : undefined));
    expect(seen.map((r) => r?.section)).toEqual([undefined, undefined, 'afterSchool']);
  });
});
