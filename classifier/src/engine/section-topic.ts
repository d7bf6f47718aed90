/**
 * What the section a passage stands in is about. A price row, a sign-up line or "De lessen zijn op
 * woensdag" says nothing of who gives the lessons; the last line before it that named a kind of offer does.
 * A chess club's "Tien lessen kosten € 40, voor onze leerlingen met korting" is no bureau's price row, and
 * the same row under a bureau's introduction is. A heading that names neither starts a section about neither.
 */
export type SectionTopic = 'tutoring' | 'afterSchool' | undefined;

const TUTORING = new Set(['LEX:tutoring', 'LEX:bureauName']);

/** The topic after a passage with these lexicons of its own, given the topic before it. */
export function nextSectionTopic(topic: SectionTopic, ownLexicons: readonly string[]): SectionTopic {
  if (ownLexicons.some((l) => TUTORING.has(l))) return 'tutoring';
  if (ownLexicons.includes('LEX:afterSchool')) return 'afterSchool';
  if (ownLexicons.includes('SHAPE:heading')) return undefined;
  return topic;
}

/** The lexicon a passage carries for the section it stands in (`SEC:afterSchool`), none outside one. */
export function sectionLexicons(topic: SectionTopic): string[] {
  return topic ? [`SEC:${topic}`] : [];
}
