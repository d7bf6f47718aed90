import { CATEGORIES, foldForMatch, type Block, type Category, type DocumentInput, type Finding, type Span } from '../../../shared/src/index.ts';
import rulesBundle from '../../model/rules.bundle.json' with { type: 'json' };
import trainedModel from '../../model/model.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import { compileRules } from './compile-rules.ts';
import { compileLexiconProbes, lexiconFeatures } from './lexicon-probes.ts';
import { describePage, DISCUSSION_PAGE, type PageContext } from './page-context.ts';
import { levelFor, VOCABULARY } from './level.ts';
import { passagesOf } from './passages.ts';
import type { RuleHit, RulesBundle } from './rule-types.ts';
import { scorePassage, type TrainedModel } from './score-passage.ts';

export interface ClassifyOptions {
  /** Language of the reasons; Dutch by default. */
  lang?: 'nl' | 'en';
  /** Include `review` findings (default true). */
  includeReview?: boolean;
}

const LOCALES = { nl, en } as const;
const RULES = compileRules(rulesBundle as RulesBundle);
const PROBES = compileLexiconProbes(rulesBundle as RulesBundle);
const MODEL = trainedModel as unknown as TrainedModel;


/** Classify a document: every block is cut into passages, and each passage judged with its page context. */
export function classifyDocument(doc: DocumentInput, options: ClassifyOptions = {}): Finding[] {
  const locale = LOCALES[options.lang ?? 'nl'];
  const includeReview = options.includeReview ?? true;
  const texts = [doc.title ?? '', ...doc.blocks.map((b) => b.text)];
  const page = describePage(PROBES, texts);
  const findings: Finding[] = [];
  let heading = '';
  let previous = '';
  // How much the passage before looked like each category, as the linear model saw it.
  let previousScores: Record<Category, number> | undefined;
  // The context of a passage is the heading above it and the passage before it; their lexicon hits are
  // computed once and reused, since every passage is the next one's context.
  const contextLexiconsOf = memoize((text: string) => (text ? lexiconFeatures(PROBES, text, 'CTX') : []));
  doc.blocks.forEach((block: Block, blockIndex) => {
    if (block.kind === 'heading') heading = block.text;
    for (const span of passagesOf(block.text)) {
      const text = block.text.slice(span.start, span.end);
      const context = [heading, previous].filter((t) => t && t !== text);
      const contextLexicons = [...new Set(context.flatMap(contextLexiconsOf))];
      previous = text;
      const judged = judgePassage({ text, context: context.join('\n'), contextLexicons, previous: previousScores }, page, locale, includeReview);
      previousScores = judged.linear;
      for (const finding of judged.findings) {
        findings.push({ ...finding, locator: block.locator, ...(block.pdfPage ? { pdfPage: block.pdfPage } : {}), blockIndex, blockOffset: span.start });
      }
    }
  });
  return findings;
}

/** Classify plain text: blank lines separate blocks. */
export function classifyText(text: string, options: ClassifyOptions = {}): Finding[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const part of text.split(/\n\s*\n/)) {
    const start = text.indexOf(part, offset);
    offset = start + part.length;
    if (part.trim()) blocks.push({ kind: 'paragraph', text: part.trim(), locator: `text:offset=${start + part.indexOf(part.trim())}` });
  }
  return classifyDocument({ blocks }, options);
}

function memoize(compute: (text: string) => string[]): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    let value = cache.get(text);
    if (!value) {
      if (cache.size > 64) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** The findings on one passage, and its linear scores for judging the next one. */
function judgePassage(
  passage: { text: string; context: string; contextLexicons: string[]; previous?: Record<Category, number> },
  page: PageContext,
  locale: (typeof LOCALES)['nl'],
  includeReview: boolean,
): { findings: Omit<Finding, 'locator'>[]; linear?: Record<Category, number> } {
  const { text } = passage;
  let score;
  try {
    score = scorePassage(RULES, PROBES, MODEL, passage, page);
  } catch {
    // A rule or the model failing on odd input must not cost the document: a person looks instead.
    return { findings: includeReview ? [couldNotJudge(text, locale)] : [] };
  }
  const findings: Omit<Finding, 'locator'>[] = [];
  for (const category of CATEGORIES) {
    const value = score.scores[category];
    const level = levelFor(category, value, { text, context: passage.context, hits: score.hits, lexicons: score.lexicons, discussion: page.discussion }, MODEL.combiner.thresholds);
    if (!level || (level === 'review' && !includeReview)) continue;
    const live = score.hits.filter((h) => h.category === category && !h.cancelled).sort((a, b) => b.weight - a.weight);
    const span = triggerSpan(text, live, category);
    // A doubt of the model alone, with not one word of the category's vocabulary, is not worth a person's
    // time ("reserveren via de leerkracht" resembles a sign-up line); a `likely` score stands on its own.
    if (!span && level === 'review') continue;
    findings.push({
      category,
      level,
      score: Math.round(value * 1000) / 1000,
      text,
      span: span ?? wholePassage(text),
      reasons: reasonsFor(category, live, page, locale),
      ruleIds: live.length ? live.map((h) => h.ruleId) : [`model.${category}`],
    });
  }
  return { findings, linear: score.linear };
}

/** What to point a person at: the strongest rule's match, else the first word of the category's vocabulary. */
function triggerSpan(text: string, live: RuleHit[], category: Category): Span | undefined {
  const best = live[0];
  if (best) return { start: best.start, end: best.end };
  const cue = VOCABULARY[category].exec(foldForMatch(text));
  return cue ? { start: cue.index, end: cue.index + cue[0].length } : undefined;
}

/** A line that is a violation through its page ("De coaches krijgen het rooster van de mentor") has no single trigger word. */
function wholePassage(text: string): Span {
  return { start: text.length - text.trimStart().length, end: text.trimEnd().length };
}

function reasonsFor(category: Category, live: RuleHit[], page: PageContext, locale: (typeof LOCALES)['nl']): string[] {
  const reasons = live.map((h) => (locale.rules as Record<string, string>)[h.ruleId] ?? h.ruleId);
  if (!live.length) reasons.push(locale.model[category]);
  if (page.discussion >= DISCUSSION_PAGE) reasons.push(locale.context.discussion);
  return [...new Set(reasons)];
}

function couldNotJudge(text: string, locale: (typeof LOCALES)['nl']): Omit<Finding, 'locator'> {
  return { category: 'mandatory-contribution', level: 'review', score: 0, text, span: { start: 0, end: text.length }, reasons: [locale.error['could-not-judge']], ruleIds: ['engine.error'] };
}
