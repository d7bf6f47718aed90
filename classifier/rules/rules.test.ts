// Every rule carries its own Dutch proof: sentences it must fire on and near misses it must leave alone.
import { describe, expect, it } from 'vitest';
import { compileRules } from '../src/engine/compile-rules.ts';
import { matchRules } from '../src/engine/match-rules.ts';
import { readRulesBundle } from '../scripts/rules-source.ts';

const bundle = readRulesBundle();
const rules = compileRules(bundle);

describe.each(rules.map((r) => [r.source.id, r] as const))('rule %s', (id, rule) => {
  it.each(rule.source.examples.fire)('fires on: %s', (sentence) => {
    const hit = matchRules([rule], { text: sentence }).find((h) => h.ruleId === id);
    expect(hit, `no hit for ${id}`).toBeDefined();
    expect(hit!.cancelled, `hit for ${id} was cancelled (${hit!.cancelled})`).toBeUndefined();
    expect(hit!.end).toBeGreaterThan(hit!.start);
  });

  it.each(rule.source.examples.quiet)('stays quiet on: %s', (sentence) => {
    const live = matchRules([rule], { text: sentence }).filter((h) => h.ruleId === id && !h.cancelled);
    expect(live).toEqual([]);
  });
});

describe('rule data', () => {
  it('has rules for both categories', () => {
    const categories = new Set(bundle.rules.map((r) => r.category));
    expect([...categories].sort()).toEqual(['commercial-tutoring', 'mandatory-contribution']);
  });

  it('rejects a rule without examples or reasons', () => {
    const broken = { ...bundle, rules: [{ ...bundle.rules[0]!, id: 'x.unknown', examples: { fire: [], quiet: [] } }] };
    expect(() => compileRules(broken)).not.toThrow(); // compiling is fine; validation is what refuses it
    expect(() => compileRules({ ...bundle, rules: [{ ...bundle.rules[0]!, trigger: ['{noSuchLexicon}'] }] })).toThrow(/unknown lexicon/);
  });
});
