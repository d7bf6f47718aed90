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
import { readInSections } from './section-topic.ts';
import type { RuleHit, RulesBundle } from './rule-types.ts';
import { readPassage, scoreReading, type Neighbours, type PassageReading, type TrainedModel } from './score-passage.ts';

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
  // The context of a passage is the heading above it and the passage before it; their lexicon hits are
  // computed once and reused, since every passage is the next one's context.
  const contextLexiconsOf = memoize((text: string) => (text ? lexiconFeatures(PROBES, text, 'CTX') : []));
  const passages: { text: string; context: string; contextLexicons: string[]; block: Block; blockIndex: number; offset: number }[] = [];
  let heading = '';
  let previous = '';
  doc.blocks.forEach((block: Block, blockIndex) => {
    if (block.kind === 'heading') heading = block.text;
    for (const span of passagesOf(block.text)) {
      const text = block.text.slice(span.start, span.end);
      const context = [heading, previous].filter((t) => t && t !== text);
      passages.push({ text, context: context.join('\n'), contextLexicons: [...new Set(context.flatMap(contextLexiconsOf))], block, blockIndex, offset: span.start });
      previous = text;
    }
  });
  // First what the models make of each passage alone, then each passage judged with the ones around it.
  const readings = readInSections(passages, (passage, section) => {
    try {
      return readPassage(RULES, PROBES, MODEL, { ...passage, section }, page);
    } catch {
      return undefined; // reported as "could not judge"
    }
  });
  const findings: Finding[] = [];
  passages.forEach((passage, i) => {
    const neighbours = { previous: readings[i - 1], next: readings[i + 1] };
    for (const finding of judgePassage(passage, readings[i], neighbours, page, locale, includeReview)) {
      const { block, blockIndex, offset } = passage;
      findings.push({ ...finding, locator: block.locator, ...(block.pdfPage ? { pdfPage: block.pdfPage } : {}), blockIndex, blockOffset: offset });
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

/** The findings on one passage, read alone and judged with its neighbours. */
function judgePassage(
  passage: { text: string; context: string },
  reading: PassageReading | undefined,
  neighbours: Neighbours,
  page: PageContext,
  locale: (typeof LOCALES)['nl'],
  includeReview: boolean,
): Omit<Finding, 'locator'>[] {
  const { text } = passage;
  // A rule or the model failing on odd input must not cost the document: a person looks instead.
  const failed = () => (includeReview ? [couldNotJudge(text, locale)] : []);
  if (!reading) return failed();
  let score;
  try {
    score = { ...reading, scores: scoreReading(MODEL, reading, neighbours, page) };
  } catch {
    return failed();
  }
  const findings: Omit<Finding, 'locator'>[] = [];
  for (const category of CATEGORIES) {
    const value = score.scores[category];
    const level = levelFor(category, value, { text, context: passage.context, hits: score.hits, lexicons: score.lexicons, discussion: page.discussion, borderline: score.borderline[category] }, MODEL.combiner.thresholds);
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
  return findings;
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
