import { foldForMatch, type Category, type Level } from '../../../shared/src/index.ts';
import type { CombinerModel } from '../model/combiner.ts';
import { DISCUSSION_PAGE } from './page-context.ts';
import type { RuleHit } from './rule-types.ts';
import { namesTutoring } from './section-topic.ts';

/** What the level of a passage depends on besides its score. */
export interface LevelInput {
  text: string;
  /** The heading and the passage before it. */
  context?: string;
  /** The rule hits on the passage, of every category, live or cancelled. */
  hits: RuleHit[];
  /** The page's share of discussion cues (PageContext.discussion). */
  discussion: number;
  /** Lexicons found in the passage, its context and its page (`LEX:bureau`, `CTX:price`, `PAGE:tutoring`, `ENT:provider`). */
  lexicons: string[];
  /** The borderline model's log-odds for the category: how much the passage reads like the guideline's borderline case. */
  borderline?: number;
}

// "per maand" after a frequency ("eens per maand", "twee lessen per maand") is no price: the same guard as the
// price lexicon's in rules/lexicons.json.
const NOT_AFTER_FREQUENCY = String.raw`(?<!\b(?:keer|eens|maal|x|uur|uren|les|lessen|dag|dagen|middag|middagen|ochtend|ochtenden|avond|avonden|bijeenkomst|bijeenkomsten|minuten|kwartier|sessie|sessies) )`;

/** The category's own words, on folded text; a finding without a rule points at the first of them. */
export const VOCABULARY: Record<Category, RegExp> = {
  'commercial-tutoring': new RegExp(String.raw`bijles\w*|huiswerk\w*|examentraining\w*|\w*training\w*|\w*begeleiding|coach\w*|\w*cursus\w*|\w*instituut|\w*bureau\w*|korting|tarie\w+|€ ?\d+[\d.,-]*|${NOT_AFTER_FREQUENCY}per maand`, 'u'),
  'mandatory-contribution': /verplicht\w*|verschuldigd|voldaan|betaald|betalen|betaling|\w*bijdrage|€ ?\d+[\d.,-]*|uitgesloten|aanmaning|incasso\w*/u,
};

/** Lexicons of what a category is about. A violation without a rule still has its topic in the passage, the lines before it or the page. */
const TOPIC: Record<Category, Set<string>> = {
  'commercial-tutoring': new Set(['tutoring', 'bureau', 'bureauName', 'provider']),
  'mandatory-contribution': new Set(['contribution', 'compulsory', 'collection', 'exclusion', 'nonPayment', 'essentials', 'device', 'autoCollect', 'consequence', 'pressure', 'price', 'programme']),
};

/**
 * Whether the category's topic is anywhere near: "Kinderen kunnen vanaf drie jaar worden aangemeld" reads like
 * the sign-up line of a bureau's offer, but on a page that names no bureau and no tutoring it cannot be one.
 */
export function onTopic(category: Category, lexicons: string[], texts: (string | undefined)[]): boolean {
  return lexicons.some((l) => TOPIC[category].has(l.split(':')[1]!)) || texts.some((t) => t && VOCABULARY[category].test(foldForMatch(t)));
}

/**
 * A passage that cannot state a violation by its shape: a bare heading ("Ouderbijdrage", "Huiswerkbegeleiding")
 * or a lone question ("Is de ouderbijdrage verplicht?"). It names or asks; the sentences around it state.
 */
export function onlyNamesOrAsks(text: string): boolean {
  // A section number ("6.4 Externe partners") is part of a heading, not an amount.
  const trimmed = text.trim().replace(/^\d+(?:\.\d+)*\.?\s+(?=\p{L})/u, '');
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length <= 3 && !/\d/.test(trimmed) && !/[.!]$/.test(trimmed)) return true;
  return /\?$/.test(trimmed) && !/[.!?:;]\s/.test(trimmed.slice(0, -1));
}

/** A table header row ("Onderdeel | Bedrag | Verplicht?") names columns; it states nothing by itself. */
export function isTableHeaderRow(text: string): boolean {
  const cells = text.split(' | ');
  return cells.length > 1 && !/\d/.test(text) && cells.every((cell) => cell.trim().split(/\s+/).length <= 3);
}

/**
 * A sport, music or childcare offer ("gitaarles in het speellokaal, € 19 per les") is paid and after school,
 * like a bureau's, but no tutoring: without words of the passage's own that only tutoring uses it stays
 * `review`. So does a price or sign-up line in a section about such an offer (`SEC:afterSchool`, see
 * section-topic.ts), and a club's "training" or "begeleiding".
 */
export function isOtherOffer(lexicons: string[], text: string): boolean {
  return (lexicons.includes('LEX:afterSchool') || lexicons.includes('SEC:afterSchool')) && !namesTutoring(text, lexicons);
}

/**
 * The level of a category's score on a passage, or undefined below `review`. Thresholds are chosen by
 * `npm run train` for precision. Never more than `review`: a heading or a lone question; anything on a page
 * that discusses schools (news, policy, a parent organisation), since the guideline does not flag a text
 * that talks about the rules; a passage where a rule's own exception held (legitimate costs, free support);
 * for tutoring, a sport, music or club offer without tutoring words of its own (isOtherOffer), and a passage
 * that reads more like the guideline's bare mention (a bureau on a sponsor list, folders in the hall) than
 * not, whatever its score: the guideline puts those at review, and the combiner weighs that reading only
 * linearly, among much else. (Contribution's borderline reading, pressure without consequence, overlaps too
 * much with pressure that has one: cross-fitted, the same gate cost as many true flags as false ones.)
 * A rule that fired keeps the passage at `review` at least: the model may doubt a rule, but a person should
 * see what the rule saw ("vrijwillig" next to an automatic debit). Without a rule, `likely` needs the
 * category's topic in the passage, its context or its page. A table header row gets no level at all.
 */
export function levelFor(category: Category, score: number, passage: LevelInput, thresholds: CombinerModel['thresholds']): Level | undefined {
  const { text, context, hits, discussion, lexicons, borderline = -Infinity } = passage;
  if (isTableHeaderRow(text)) return undefined;
  const own = hits.filter((h) => h.category === category);
  const ruleFired = own.some((h) => !h.cancelled);
  // A rule matched but its own exception held ("gymkleding … verplicht"), and no rule fired.
  const exempted = !ruleFired && own.some((h) => h.cancelled === 'unless');
  if (score < thresholds.review) return ruleFired ? 'review' : undefined;
  if (score < thresholds.likely[category]) return 'review';
  const otherOffer = category === 'commercial-tutoring' && isOtherOffer(lexicons, text);
  const bareMention = category === 'commercial-tutoring' && borderline > 0;
  const mayBeLikely = !onlyNamesOrAsks(text) && !exempted && !otherOffer && !bareMention && discussion < DISCUSSION_PAGE && (ruleFired || onTopic(category, lexicons, [text, context]));
  return mayBeLikely ? 'likely' : 'review';
}
