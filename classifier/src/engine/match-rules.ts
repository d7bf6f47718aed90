import { foldForMatch, splitSentences, type Span } from '../../../shared/src/index.ts';
import { spanAround, splitClauses } from './clauses.ts';
import { isNegated } from './negation.ts';
import type { CompiledRule, RuleHit, RuleScope } from './rule-types.ts';

export interface PassageForMatching {
  text: string;
  /** Text around the passage (nearest heading, neighbouring sentences) for rules with requireScope 'context'. */
  context?: string;
}

/** Run every rule on a passage; cancelled hits are returned too, marked, because they are model evidence. */
export function matchRules(rules: CompiledRule[], passage: PassageForMatching): RuleHit[] {
  const folded = foldForMatch(passage.text);
  const foldedContext = passage.context ? foldForMatch(passage.context) : '';
  // Sentence and clause splits are only needed once some rule's trigger matches, which most passages never see.
  let sentences: Span[] | undefined;
  let clauses: Span[] | undefined;
  const sentencesOf = () => (sentences ??= splitSentences(passage.text));
  const clausesOf = () => (clauses ??= splitClauses(folded));
  const hits: RuleHit[] = [];

  for (const rule of rules) {
    const { source } = rule;
    if (!rule.mayTrigger(folded)) continue;
    rule.trigger.lastIndex = 0;
    let best: RuleHit | undefined;
    for (const m of folded.matchAll(rule.trigger)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const scopeOf = (scope: RuleScope | undefined) => scopeText(scope ?? 'sentence', folded, foldedContext, span.start, sentencesOf, clausesOf);
      if (!rule.requires.every((re) => re.test(scopeOf(source.requireScope)))) continue;
      const hit: RuleHit = { ruleId: source.id, category: source.category, weight: source.weight, ...span };
      if (rule.unless.some((re) => re.test(scopeOf(source.unlessScope ?? 'clause')))) hit.cancelled = 'unless';
      else if (source.negatable && isNegated(folded, span, spanAround(clausesOf(), span.start))) hit.cancelled = 'negated';
      // Prefer a live hit over a cancelled one; among equals, the first.
      if (!best || (best.cancelled && !hit.cancelled)) best = hit;
      if (!best.cancelled) break;
    }
    if (best) hits.push(best);
  }
  return hits;
}

function scopeText(
  scope: RuleScope,
  folded: string,
  foldedContext: string,
  offset: number,
  sentencesOf: () => Span[],
  clausesOf: () => Span[],
): string {
  switch (scope) {
    case 'clause': {
      const c = spanAround(clausesOf(), offset);
      return folded.slice(c.start, c.end);
    }
    case 'sentence': {
      const s = spanAround(sentencesOf(), offset);
      return folded.slice(s.start, s.end);
    }
    case 'passage':
      return folded;
    case 'context':
      return `${foldedContext}\n${folded}`;
  }
}
