import { foldForMatch } from '../../../shared/src/index.ts';

/**
 * What the section a passage stands in is about. A price row, a sign-up line or "De lessen zijn op
 * woensdag" says nothing of who gives the lessons; the last line before it that named a kind of offer does.
 * A chess club's "Tien lessen kosten € 40, voor onze leerlingen met korting" is no bureau's price row, and
 * the same row under a bureau's introduction is. A heading that names neither starts a section about neither.
 */
export type SectionTopic = 'tutoring' | 'afterSchool' | undefined;

// Words only tutoring uses. The tutoring lexicon also holds words every coach and club uses ("training",
// "begeleiding", "bootcamp"): a football camp's "keeperstraining" must not turn its section into tutoring.
const TUTORING_OWN_WORDS =
  /bijles|huiswerk|examen ?(?:training|bundel|begeleiding|cursus|voorbereiding)|(?:studie|leer) ?(?:begeleiding|coach)|faalangst|leerstrategie|studievaardig|plannings?training|priv[eé] ?(?:les|docent|leraar)|tutor|bijspijker|remedial|(?<![\p{L}])rt(?:'?ers?)?(?![\p{L}])|oefenexamen|herkansingstraining|leren ?leren|(?:reken|lees|spelling)(?:cursus|hulp|training)|toets ?training|cito ?training|homework|exam (?:training|prep)|study (?:coach|support|skills)|tuition/u;

/** Whether a passage names tutoring in words no sport, music or club offer uses. */
export function namesTutoring(text: string, ownLexicons: readonly string[]): boolean {
  return ownLexicons.includes('LEX:bureauName') || TUTORING_OWN_WORDS.test(foldForMatch(text));
}

/** The topic after a passage with this text and these lexicons of its own, given the topic before it. */
export function nextSectionTopic(topic: SectionTopic, ownLexicons: readonly string[], text: string): SectionTopic {
  if (namesTutoring(text, ownLexicons)) return 'tutoring';
  if (ownLexicons.includes('LEX:afterSchool')) return 'afterSchool';
  // "De training bestaat uit acht bijeenkomsten": tutoring's topic where none was set, the club's where it was.
  if (ownLexicons.includes('LEX:tutoring')) return topic === 'afterSchool' ? topic : 'tutoring';
  if (ownLexicons.includes('SHAPE:heading')) return undefined;
  return topic;
}

/**
 * Reads the passages of a page in order, handing each the topic of the section it stands in. Training,
 * evaluation and classify all read through it, so they see sections alike. A passage `read` could not read
 * (undefined) leaves the topic as it was.
 */
export function readInSections<P extends { text: string }, R extends { ownLexicons: readonly string[] } | undefined>(
  passages: readonly P[],
  read: (passage: P, section: SectionTopic, index: number) => R,
): R[] {
  let section: SectionTopic;
  return passages.map((passage, i) => {
    const reading = read(passage, section, i);
    if (reading) section = nextSectionTopic(section, reading.ownLexicons, passage.text);
    return reading;
  });
}

/** The lexicon a passage carries for the section it stands in (`SEC:afterSchool`), none outside one. */
export function sectionLexicons(topic: SectionTopic): string[] {
  return topic ? [`SEC:${topic}`] : [];
}
