import { describe, expect, it } from 'vitest';
import { nextSectionTopic, type SectionTopic } from './section-topic.ts';

const walk = (lines: string[][]) => {
  let topic: SectionTopic;
  return lines.map((own) => {
    const before = topic;
    topic = nextSectionTopic(topic, own);
    return before;
  });
};

describe('the topic of the section a passage stands in', () => {
  it('carries the last offer named to the price and sign-up lines under it', () => {
    // A chess club's intro, its price row, its sign-up line; then a bureau's intro and its price row.
    const before = walk([['LEX:afterSchool'], ['LEX:price', 'LEX:discount'], ['LEX:promote'], ['LEX:tutoring', 'LEX:bureau'], ['LEX:price']]);
    expect(before).toEqual([undefined, 'afterSchool', 'afterSchool', 'afterSchool', 'tutoring']);
  });

  it('lets tutoring words outweigh a club named in the same line, and a bare heading end the section', () => {
    expect(nextSectionTopic(undefined, ['LEX:afterSchool', 'LEX:tutoring'])).toBe('tutoring');
    expect(nextSectionTopic('afterSchool', ['SHAPE:heading', 'SHAPE:short'])).toBeUndefined();
    expect(nextSectionTopic('tutoring', ['LEX:price'])).toBe('tutoring');
  });
});
