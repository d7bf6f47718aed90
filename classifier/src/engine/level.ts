import type { Category, Level } from '../../../shared/src/index.ts';
import type { CombinerModel } from '../model/combiner.ts';
import { DISCUSSION_PAGE } from './page-context.ts';
import type { RuleHit } from './rule-types.ts';

/** What the level of a passage depends on besides its score. */
export interface LevelInput {
  text: string;
  /** The rule hits on the passage, of every category, live or cancelled. */
  hits: RuleHit[];
  /** The page's share of discussion cues (PageContext.discussion). */
  discussion: number;
}

/**
 * A passage that cannot state a violation by its shape: a bare heading ("Ouderbijdrage", "Huiswerkbegeleiding")
 * or a lone question ("Is de ouderbijdrage verplicht?"). It names or asks; the sentences around it state.
 */
export function onlyNamesOrAsks(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length <= 3 && !/\d/.test(trimmed) && !/[.!]$/.test(trimmed)) return true;
  return /\?$/.test(trimmed) && !/[.!?:;]\s/.test(trimmed.slice(0, -1));
}

/**
 * The level of a category's score on a passage, or undefined below `review`. Thresholds are chosen by
 * `npm run train` for precision. Never more than `review`: a heading or a lone question; anything on a page
 * that discusses schools (news, policy, a parent organisation), since the guideline does not flag a text
 * that talks about the rules; a passage where a rule's own exception held (legitimate costs, free support).
 * A rule that fired keeps the passage at `review` at least: the model may doubt a rule, but a person should
 * see what the rule saw ("vrijwillig" next to an automatic debit).
 */
export function levelFor(category: Category, score: number, passage: LevelInput, thresholds: CombinerModel['thresholds']): Level | undefined {
  const { text, hits, discussion } = passage;
  const own = hits.filter((h) => h.category === category);
  const ruleFired = own.some((h) => !h.cancelled);
  // A rule matched but its own exception held ("gymkleding … verplicht"), and no rule fired.
  const exempted = !ruleFired && own.some((h) => h.cancelled === 'unless');
  if (score < thresholds.review) return ruleFired ? 'review' : undefined;
  const mayBeLikely = !onlyNamesOrAsks(text) && !exempted && discussion < DISCUSSION_PAGE;
  return score >= thresholds.likely[category] && mayBeLikely ? 'likely' : 'review';
}
