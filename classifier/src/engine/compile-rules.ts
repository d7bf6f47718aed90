import { anchorTest, anchorsOf } from './literal-anchors.ts';
import type { CompiledRule, RuleSource, RulesBundle } from './rule-types.ts';

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Expand `{name}` placeholders (recursively) and build the regular expressions of every rule. */
export function compileRules(bundle: RulesBundle): CompiledRule[] {
  const expand = (pattern: string, depth = 0): string => {
    if (depth > 5) throw new Error(`lexicon nesting too deep in: ${pattern}`);
    return pattern.replace(PLACEHOLDER, (_, name: string) => {
      const fragment = bundle.lexicons[name];
      if (fragment === undefined) throw new Error(`unknown lexicon {${name}}`);
      return `(?:${expand(fragment, depth + 1)})`;
    });
  };
  // Placeholders are expanded before the word boundaries are added, so `\p{L}` is never taken for one.
  const wordBounded = (p: string) => `(?<![\\p{L}\\p{N}])(?:${expand(p)})(?![\\p{L}\\p{N}])`;
  const regex = (patterns: string[], flags: string) => new RegExp(patterns.map(wordBounded).join('|'), flags);

  return bundle.rules.map((source: RuleSource) => {
    const trigger = regex(source.trigger, 'gu');
    return {
    source,
    trigger,
    mayTrigger: anchorTest(anchorsOf(trigger.source)),
    requires: (source.requires ?? []).map((p) => regex([p], 'u')),
    unless: (source.unless ?? []).length ? [regex(source.unless ?? [], 'u')] : [],
    };
  });
}
