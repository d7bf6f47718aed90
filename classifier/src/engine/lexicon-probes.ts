import { foldForMatch, type Span } from '../../../shared/src/index.ts';
import { spanAround, splitClauses } from './clauses.ts';
import { compileRules } from './compile-rules.ts';
import { isNegated } from './negation.ts';
import { pageContextOf, type PageContext } from './page-context.ts';
import type { RulesBundle } from './rule-types.ts';

export interface LexiconProbe {
  name: string;
  pattern: RegExp;
  mayMatch: (folded: string) => boolean;
}

/** One probe per lexicon: its presence in a passage (negated or not) is a model feature. */
export function compileLexiconProbes(bundle: RulesBundle): LexiconProbe[] {
  return Object.keys(bundle.lexicons).sort().map((name) => {
    // Reuse the rule compiler so probes get the same expansion and word boundaries as rules.
    const [compiled] = compileRules({ lexicons: bundle.lexicons, rules: [{ id: name, category: 'commercial-tutoring', weight: 1, guideline: '', trigger: [`{${name}}`], negatable: true, examples: { fire: [], quiet: [] } }] });
    return { name, pattern: compiled!.trigger, mayMatch: compiled!.mayTrigger };
  });
}

/** Names of the lexicons found in a passage: `LEX:price`, or `LEX:compulsory:neg` when denied. */
export function lexiconFeatures(probes: LexiconProbe[], text: string, prefix = 'LEX'): string[] {
  const folded = foldForMatch(text);
  let clauses: Span[] | undefined;
  const found: string[] = [];
  for (const probe of probes) {
    if (!probe.mayMatch(folded)) continue;
    probe.pattern.lastIndex = 0;
    const m = probe.pattern.exec(folded);
    if (!m) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    found.push(isNegated(folded, span, spanAround((clauses ??= splitClauses(folded)), span.start)) ? `${prefix}:${probe.name}:neg` : `${prefix}:${probe.name}`);
  }
  return found;
}

/**
 * Lexicons that may colour a whole page. Only context that makes a later line commercial (a bureau named in
 * the intro, its prices) or marks the page as discussion; a voluntary statement in one chapter of a school
 * guide must not excuse a compulsory cost in another.
 */
export const PAGE_LEXICONS = new Set(['bureau', 'bureauName', 'tutoring', 'discount', 'discussionVoice']);

// Page-wide cues are read from the top of the page; a 300-page guide is not one context.
const PAGE_LEXICON_CHARS = 6000;

export function pageLexiconFeatures(probes: LexiconProbe[], texts: string[]): string[] {
  return lexiconFeatures(probes.filter((p) => PAGE_LEXICONS.has(p.name)), texts.join('\n').slice(0, PAGE_LEXICON_CHARS), 'PAGE');
}

/** The page context every passage is judged in: its voice and its page-wide cues. Training, eval and classify share it. */
export function describePage(probes: LexiconProbe[], texts: string[]): PageContext {
  return { ...pageContextOf(texts), lexicons: pageLexiconFeatures(probes, texts) };
}
