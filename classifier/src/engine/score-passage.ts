import { CATEGORIES, type Category } from '../../../shared/src/index.ts';
import { modelFeatures } from '../features/model-features.ts';
import { bayesProbabilities, type BayesModel } from '../model/bayes-scorer.ts';
import { combinedScore, combinerInputs, sigmoid, type CombinerModel } from '../model/combiner.ts';
import { linearLogit, type LinearModel } from '../model/linear-scorer.ts';
import { matchRules } from './match-rules.ts';
import type { PageContext } from './page-context.ts';
import { lexiconFeatures, type LexiconProbe } from './lexicon-probes.ts';
import { mentionsProvider } from './providers.ts';
import { readInSections, sectionLexicons, type SectionTopic } from './section-topic.ts';
import type { CompiledRule, RuleHit } from './rule-types.ts';

export interface TrainedModel {
  bayes: BayesModel;
  linear: Record<Category, LinearModel>;
  /** Per category, a linear model of the guideline's borderline wording (a bare mention, pressure without consequence). */
  borderline: Record<Category, LinearModel>;
  combiner: CombinerModel;
}

export interface PassageEvidence {
  hits: RuleHit[];
  /** Lexicon hits of the passage itself, whether it names the page's provider, and its shape. */
  ownLexicons: string[];
  /** Lexicon hits of the passage, its context and its page, and whether it names the page's provider. */
  lexicons: string[];
  /** What the statistical models read. */
  features: string[];
}

/** What the statistical models say of a passage on its own, before its neighbours are known. */
export interface PassageReading extends PassageEvidence {
  probabilities: Record<string, number>;
  /** The linear model's log-odds per category; its neighbours read it as their `previous` and `next`. */
  logits: Record<Category, number>;
  borderline: Record<Category, number>;
}

export interface PassageScore extends PassageReading {
  scores: Record<Category, number>;
}

type PassageText = { text: string; context?: string; contextLexicons?: string[]; section?: SectionTopic };
/** The readings of the passages before and after on the same page, where there are any. */
export type Neighbours = { previous?: PassageReading; next?: PassageReading };

/** What a passage offers the models: rule hits, lexicons (own, context, page) and features. Training and classify share it. */
export function describePassage(
  rules: CompiledRule[],
  probes: LexiconProbe[],
  passage: PassageText,
  page: PageContext,
): PassageEvidence {
  const hits = matchRules(rules, passage);
  const own = lexiconFeatures(probes, passage.text);
  if (page.providers && mentionsProvider(page.providers, passage.text)) own.push('ENT:provider');
  own.push(...shapeOf(passage.text));
  // The guideline's bare mention: a provider or a bureau named with nothing that promotes, prices, hosts or discounts it.
  if (own.some((l) => l === 'ENT:provider' || l === 'LEX:bureau' || l === 'LEX:bureauName') && !own.some((l) => ACTION_CUES.has(l))) own.push('SHAPE:bare-mention');
  // What the heading and the passage before say (a bureau named there, prices there) colours this one.
  const contextLexicons = passage.contextLexicons ?? (passage.context ? lexiconFeatures(probes, passage.context, 'CTX') : []);
  const around = [...contextLexicons, ...sectionLexicons(passage.section), ...(page.lexicons ?? [])];
  return { hits, ownLexicons: own, lexicons: [...own, ...around], features: modelFeatures(passage.text, hits, page, own, around) };
}

const ACTION_CUES = new Set(['LEX:promote', 'LEX:price', 'LEX:discount', 'LEX:inSchool']);

const ANAPHOR = /^(?:zij|ze|hij|die|deze|dat|dit|daar\p{L}*|hun|hen|voor hen|anders|dan|they|these|this)(?![\p{L}])/iu;

/**
 * The form of a passage: a heading or title line ("9.1 Kinderopvang en BSO"), a question, a short fragment.
 * Headings name a topic and rarely state anything; the combiner learns how far to discount them.
 */
function shapeOf(text: string): string[] {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).length;
  const shape: string[] = [];
  if (words <= 8 && !/[.!?;:]$/.test(trimmed) && !trimmed.includes(' | ')) shape.push('SHAPE:heading');
  if (/\?$/.test(trimmed)) shape.push('SHAPE:question');
  if (words <= 12) shape.push('SHAPE:short');
  // "Zij krijgen die dag een vervangend programma", "Anders volgt uw kind de gewone lessen": the line leans on the one before.
  if (ANAPHOR.test(trimmed)) shape.push('SHAPE:anaphor');
  return shape;
}

/** The evidence of a passage and what the models make of it alone. */
export function readPassage(rules: CompiledRule[], probes: LexiconProbe[], model: TrainedModel, passage: PassageText, page: PageContext): PassageReading {
  const evidence = describePassage(rules, probes, passage, page);
  const logitsOf = (models: Record<Category, LinearModel>) => Object.fromEntries(CATEGORIES.map((c) => [c, linearLogit(models[c], evidence.features)])) as Record<Category, number>;
  return { ...evidence, probabilities: bayesProbabilities(model.bayes, evidence.features), logits: logitsOf(model.linear), borderline: logitsOf(model.borderline) };
}

/** The calibrated score per category of a passage read, given how its neighbours read. */
export function scoreReading(model: TrainedModel, reading: PassageReading, { previous, next }: Neighbours, page: PageContext): Record<Category, number> {
  const opinions = (c: Category) => ({
    bayes: reading.probabilities[c] ?? 0,
    linear: reading.logits[c],
    borderline: reading.borderline[c],
    previous: previous ? sigmoid(previous.logits[c]) : 0,
    next: next ? sigmoid(next.logits[c]) : 0,
  });
  return Object.fromEntries(CATEGORIES.map((c) => [c, combinedScore(model.combiner.weights[c], combinerInputs(c, opinions(c), reading, page))])) as Record<Category, number>;
}

/** The passages of a page in order, each scored with the readings of the passages before and after it. */
export function scorePage(rules: CompiledRule[], probes: LexiconProbe[], model: TrainedModel, passages: PassageText[], page: PageContext): PassageScore[] {
  const readings = readInSections(passages, (p, section) => readPassage(rules, probes, model, { ...p, section }, page));
  return readings.map((reading, i) => ({ ...reading, scores: scoreReading(model, reading, { previous: readings[i - 1], next: readings[i + 1] }, page) }));
}
