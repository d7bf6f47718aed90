// `npm run train`: validate and bundle the rules, train the Bayes model on the train split with natural,
// fit the calibrated combiner on out-of-fold predictions, choose thresholds, and write classifier/model/.
// Deterministic: same corpus and rules give a byte-identical model file.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { CATEGORIES, type Category } from '../../shared/src/index.ts';
import { compileRules } from '../src/engine/compile-rules.ts';
import { compileLexiconProbes, describePage, lexiconFeatures } from '../src/engine/lexicon-probes.ts';
import { matchRules } from '../src/engine/match-rules.ts';
import type { PageContext } from '../src/engine/page-context.ts';
import type { RuleHit } from '../src/engine/rule-types.ts';
import { modelFeatures } from '../src/features/model-features.ts';
import { bayesProbabilities, type BayesModel } from '../src/model/bayes-scorer.ts';
import { combinedScore, combinerInputs, type CombinerModel } from '../src/model/combiner.ts';
import { groupByPage, likelyTarget, readCorpus, splitOf, type CorpusPassage } from './corpus.ts';
import { fitLogistic } from './logistic-fit.ts';
import { CLASSIFIER_DIR, readRulesBundle, writeRulesBundle } from './rules-source.ts';

const FOLDS = 5;
const MIN_DOCUMENT_FREQUENCY = 2;
const TARGET_PRECISION = 0.9;

export interface PreparedPassage {
  passage: CorpusPassage;
  hits: RuleHit[];
  lexicons: string[];
  features: string[];
  page: PageContext;
}

/** Rule hits and model features of every passage, with its page's context and the passage before it. */
export function preparePassages(passages: CorpusPassage[], bundle = readRulesBundle()): PreparedPassage[] {
  const rules = compileRules(bundle);
  const probes = compileLexiconProbes(bundle);
  const prepared: PreparedPassage[] = [];
  for (const pagePassages of groupByPage(passages).values()) {
    const page = describePage(probes, pagePassages.map((p) => p.text));
    pagePassages.forEach((passage, i) => {
      const hits = matchRules(rules, { text: passage.text, context: pagePassages[i - 1]?.text });
      const context = pagePassages[i - 1]?.text;
      const lexicons = lexiconFeatures(probes, passage.text);
      const contextLexicons = context ? lexiconFeatures(probes, context, 'CTX') : [];
      prepared.push({ passage, hits, lexicons: [...lexicons, ...contextLexicons, ...(page.lexicons ?? [])], features: modelFeatures(passage.text, hits, page, lexicons, [...contextLexicons, ...(page.lexicons ?? [])]), page });
    });
  }
  return prepared;
}

function trainBayes(items: PreparedPassage[]): BayesModel {
  const df = new Map<string, number>();
  for (const item of items) for (const f of item.features) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = (f: string) => (df.get(f) ?? 0) >= MIN_DOCUMENT_FREQUENCY || f.startsWith('R:') || f.startsWith('LEX:') || f.startsWith('CTX:') || f.startsWith('PAGE:');
  const classifier = new BayesClassifier();
  for (const item of items) {
    const tokens = item.features.filter(keep);
    // natural ignores empty documents; an explicit marker keeps every passage counted.
    classifier.addDocument(tokens.length ? tokens : ['$empty'], item.passage.label);
  }
  classifier.train();
  const inner = classifier.classifier;
  const labels = Object.keys(inner.classTotals).sort();
  return {
    labels,
    vocabulary: Object.fromEntries(Object.keys(classifier.features).map((f, i) => [f, i])),
    classFeatures: inner.classFeatures,
    classTotals: inner.classTotals,
    totalExamples: inner.totalExamples,
    smoothing: inner.smoothing,
  };
}

function foldOf(page: string): number {
  return createHash('sha256').update(`fold:${page}`).digest().readUInt32BE(0) % FOLDS;
}

/** Smallest threshold whose out-of-fold precision reaches the target (never below 0.5: a flag means "more likely than not"). */
function chooseLikelyThreshold(scored: { score: number; positive: boolean }[]): number {
  for (let t = 0.5; t < 0.96; t += 0.01) {
    const flagged = scored.filter((s) => s.score >= t);
    const tp = flagged.filter((s) => s.positive).length;
    if (flagged.length === 0 || tp / flagged.length >= TARGET_PRECISION) return Math.round(t * 100) / 100;
  }
  return 0.95;
}

/** Train from the corpus and the rules; returns the model file's exact text. */
export function buildModel(log: (line: string) => void = () => {}): string {
  const bundle = readRulesBundle();
  const corpus = readCorpus();
  const train = preparePassages(corpus.filter((p) => splitOf(p) === 'train'), bundle);

  // Out-of-fold model probabilities, so the combiner learns how far to trust the model on unseen text.
  const oof = new Map<PreparedPassage, Record<string, number>>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainBayes(train.filter((t) => foldOf(t.passage.page) !== fold));
    for (const t of train.filter((t) => foldOf(t.passage.page) === fold)) oof.set(t, bayesProbabilities(model, t.features));
  }

  const weights = {} as CombinerModel['weights'];
  const scored: { score: number; positive: boolean; category: Category }[] = [];
  for (const category of CATEGORIES) {
    const inputs = train.map((t) => combinerInputs(category, oof.get(t)![category] ?? 0, t.hits, t.lexicons, t.page));
    const names = [...new Set(inputs.flatMap((m) => [...m.keys()]))].sort((a, b) => (a === 'bias' ? -1 : b === 'bias' ? 1 : a.localeCompare(b)));
    const rows = inputs.map((m) => names.map((n) => m.get(n) ?? 0));
    const targets = train.map((t) => (likelyTarget(t.passage, category) ? 1 : 0));
    const fitted = fitLogistic(rows, targets, { nonNegative: names.map((n) => n.startsWith('rule:') || n === 'declaredWeight') });
    weights[category] = Object.fromEntries(names.map((n, i) => [n, fitted[i]!]).filter(([, w]) => w !== 0));
    inputs.forEach((m, i) => scored.push({ score: combinedScore(weights[category], m), positive: targets[i] === 1, category }));
  }
  if (process.env.TRAIN_DEBUG) for (const c of CATEGORIES) for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const mine = scored.filter((s) => s.category === c);
    const flagged = mine.filter((s) => s.score >= t);
    const tp = flagged.filter((s) => s.positive).length;
    log(`${c} ${t} precision ${(tp / flagged.length).toFixed(3)} recall ${(tp / mine.filter((s) => s.positive).length).toFixed(3)}`);
  }
  const likely = Object.fromEntries(CATEGORIES.map((c) => [c, chooseLikelyThreshold(scored.filter((s) => s.category === c))])) as Record<Category, number>;
  const combiner: CombinerModel = { weights, thresholds: { likely, review: 0.3 } };

  const bayes = trainBayes(train);
  const model = {
    about: {
      trainedWith: 'natural BayesClassifier over stems, bigrams, negation-marked stems and rule hits; logistic combiner fitted out-of-fold',
      trainPassages: train.length,
      corpusSha256: createHash('sha256').update(JSON.stringify(corpus)).digest('hex'),
      rulesSha256: createHash('sha256').update(JSON.stringify(bundle)).digest('hex'),
    },
    combiner,
    bayes,
  };
  log(`trained on ${train.length} passages; vocabulary ${Object.keys(bayes.vocabulary).length}; thresholds likely ≥ ${JSON.stringify(likely)}, review ≥ ${combiner.thresholds.review}`);
  if (process.env.TRAIN_DEBUG) for (const c of CATEGORIES) log(`  ${c}: ${Object.entries(weights[c]).map(([n, w]) => `${n}=${w.toFixed(2)}`).join(' ')}`);
  return `${JSON.stringify(model)}\n`;
}

export const MODEL_FILE = join(CLASSIFIER_DIR, 'model', 'model.json');

function main(): void {
  writeRulesBundle(readRulesBundle());
  writeFileSync(MODEL_FILE, buildModel(console.log));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
