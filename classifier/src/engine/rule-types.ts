import type { Category } from '../../../shared/src/index.ts';

/** Where a rule's `requires` patterns may be satisfied. */
export type RuleScope = 'clause' | 'sentence' | 'passage' | 'context';

/** A rule as written in classifier/rules/<id>.json. */
export interface RuleSource {
  id: string;
  category: Category;
  /** Strength of the evidence, in log-odds units, fed to the calibrated combiner. */
  weight: number;
  /** Anchor into GUIDELINE.md that this rule implements. */
  guideline: string;
  /** Patterns whose match is the trigger span (any of them). `{name}` expands a lexicon fragment. */
  trigger: string[];
  /** Every entry must match somewhere in `requireScope` (each entry is one pattern). */
  requires?: string[];
  requireScope?: RuleScope;
  /** Any match inside `unlessScope` cancels the hit (a voluntary statement, free support). */
  unless?: string[];
  unlessScope?: Exclude<RuleScope, 'context'>;
  /** Whether a negator before the trigger in its clause ("niet verplicht") cancels the hit. */
  negatable: boolean;
  /** Sentences this rule must fire on, and near misses it must stay quiet on: run as tests. */
  examples: { fire: string[]; quiet: string[] };
}

export interface RulesBundle {
  lexicons: Record<string, string>;
  rules: RuleSource[];
}

export interface CompiledRule {
  source: RuleSource;
  trigger: RegExp;
  /** False only when the trigger cannot match the (folded) text: a substring prefilter. */
  mayTrigger: (folded: string) => boolean;
  requires: RegExp[];
  unless: RegExp[];
}

/** One rule firing on one passage. */
export interface RuleHit {
  ruleId: string;
  category: Category;
  weight: number;
  /** Trigger span relative to the passage text. */
  start: number;
  end: number;
  /** The hit was cancelled by negation or an `unless` pattern; kept as a model feature. */
  cancelled?: 'negated' | 'unless';
}
