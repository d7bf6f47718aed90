import { foldForMatch, type Span } from '../../../shared/src/index.ts';
import { spanAround, splitClauses } from './clauses.ts';
import { compileRules } from './compile-rules.ts';
import { isNegated } from './negation.ts';
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
