// `npm run train`: validate and bundle the rules, train the Bayes model on the train split with natural,
// fit the calibrated combiner on out-of-fold predictions, choose thresholds, and write classifier/model/.
// Deterministic: same corpus and rules give a byte-identical model file.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { CATEGORIES, type Category } from '../../shared/src/index.ts';
import { compileRules } from '../src/engine/compile-rules.ts';
import { levelFor } from '../src/engine/level.ts';
import { compileLexiconProbes } from '../src/engine/lexicon-probes.ts';
import { describePage, type PageContext } from '../src/engine/page-context.ts';
import { readInSections } from '../src/engine/section-topic.ts';
import { describePassage, type PassageEvidence, type TrainedModel } from '../src/engine/score-passage.ts';
import { bayesProbabilities, type BayesModel } from '../src/model/bayes-scorer.ts';
import { combinedScore, combinerInputs, sigmoid, type CombinerModel } from '../src/model/combiner.ts';
import { linearLogit, type LinearModel } from '../src/model/linear-scorer.ts';
import { groupByPage, likelyTarget, readCorpus, splitOf, unitsOf, type CorpusPassage } from './corpus.ts';
import { fitLogistic } from './logistic-fit.ts';
import { fitSparseLogistic } from './sparse-logistic.ts';
import { CLASSIFIER_DIR, readRulesBundle, writeRulesBundle } from './rules-source.ts';

const FOLDS = 5;
// Words seen in fewer passages are left out: the linear model would only memorise them, and natural's Bayes
// trains on dense vectors, so its time grows with the vocabulary (df >= 2 took 13 s a fit, df >= 5 takes 3 s).
const LINEAR_MIN_DOCUMENT_FREQUENCY = 2;
const BAYES_MIN_DOCUMENT_FREQUENCY = 5;
const TARGET_PRECISION = 0.9;

export interface PreparedPassage extends PassageEvidence {
  passage: CorpusPassage;
  page: PageContext;
  /** The passage before it on the same page. */
  previous?: PreparedPassage;
  /** The passage after it on the same page. */
  next?: PreparedPassage;
}

/** The evidence of every passage, read with its page's context and the passage before it, as classify reads it. */
export function preparePassages(passages: CorpusPassage[], bundle = readRulesBundle()): PreparedPassage[] {
  const rules = compileRules(bundle);
  const probes = compileLexiconProbes(bundle);
  const prepared: PreparedPassage[] = [];
  for (const pagePassages of groupByPage(passages).values()) {
    const page = describePage(probes, pagePassages.map((p) => p.text));
    const items = readInSections(pagePassages, (passage, section, i): PreparedPassage => ({
      passage,
      page,
      ...describePassage(rules, probes, { text: passage.text, context: pagePassages[i - 1]?.text, section }, page),
    }));
    items.forEach((item, i) => {
      item.previous = items[i - 1];
      item.next = items[i + 1];
    });
    prepared.push(...items);
  }
  return prepared;
}

// Rules, lexicons and page cues reach the combiner directly, where their weights stay readable (and a rule
// can only raise a score); the linear model reads the wording alone.
const isWording = (feature: string) => !/^(?:R|LEX|CTX|PAGE|ENT):/.test(feature);

function trainBayes(items: PreparedPassage[]): BayesModel {
  const df = new Map<string, number>();
  for (const item of items) for (const f of item.features) df.set(f, (df.get(f) ?? 0) + 1);
  const keep = (f: string) => (df.get(f) ?? 0) >= BAYES_MIN_DOCUMENT_FREQUENCY || !isWording(f);
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

/** One linear model per category over the passage's wording. */
function trainLinear(items: PreparedPassage[], target: (p: CorpusPassage, c: Category) => boolean): Record<Category, LinearModel> {
  const df = new Map<string, number>();
  for (const item of items) for (const f of new Set(item.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const rows = items.map((item) => item.features.filter((f) => isWording(f) && (df.get(f) ?? 0) >= LINEAR_MIN_DOCUMENT_FREQUENCY));
  return Object.fromEntries(CATEGORIES.map((c) => [c, fitSparseLogistic(rows, items.map((item) => (target(item.passage, c) ? 1 : 0)))])) as Record<Category, LinearModel>;
}

/** The guideline's borderline cases (a bureau named without promotion, pressure without consequence) have a wording of their own. */
const borderlineTarget = (p: CorpusPassage, c: Category) => p.label === c && p.borderline === true;

interface Opinions { bayes: Record<string, number>; linear: Record<Category, number>; borderline: Record<Category, number> }

function opinionsOf(bayes: BayesModel, linear: Record<Category, LinearModel>, borderline: Record<Category, LinearModel>, item: PreparedPassage): Opinions {
  const logits = (models: Record<Category, LinearModel>) => Object.fromEntries(CATEGORIES.map((c) => [c, linearLogit(models[c], item.features)])) as Record<Category, number>;
  return { bayes: bayesProbabilities(bayes, item.features), linear: logits(linear), borderline: logits(borderline) };
}

function foldOf(page: string): number {
  return createHash('sha256').update(`fold:${page}`).digest().readUInt32BE(0) % FOLDS;
}

interface Scored { score: number; positive: boolean; category: Category; item: PreparedPassage; borderline: number }

/** Whether a cross-fitted score gives a `likely` flag, counted as classify counts it (through levelFor). */
function flaggedLikely(s: Scored, thresholds: CombinerModel['thresholds']): boolean {
  return levelFor(s.category, s.score, { text: s.item.passage.text, context: s.item.previous?.passage.text, hits: s.item.hits, lexicons: s.item.lexicons, discussion: s.item.page.discussion, borderline: s.borderline }, thresholds) === 'likely';
}

/** Smallest threshold whose out-of-fold precision reaches the target (never below 0.5: a flag means "more likely than not"). */
function chooseLikelyThreshold(category: Category, scored: Scored[]): number {
  for (let t = 0.5; t < 0.96; t += 0.01) {
    const thresholds = { likely: { [category]: t } as Record<Category, number>, review: 0 };
    const flagged = scored.filter((s) => flaggedLikely(s, thresholds));
    const tp = flagged.filter((s) => s.positive).length;
    if (flagged.length === 0 || tp / flagged.length >= TARGET_PRECISION) return Math.round(t * 100) / 100;
  }
  return 0.95;
}

/** Train from the corpus and the rules; returns the model file's exact text. */
export function buildModel(log: (line: string) => void = () => {}): string {
  const bundle = readRulesBundle();
  const corpus = readCorpus();
  const train = preparePassages(corpus.filter((p) => splitOf(p) === 'train').flatMap(unitsOf), bundle);

  // Out-of-fold model opinions, so the combiner learns how far to trust each model on unseen text.
  const oof = new Map<PreparedPassage, Opinions>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = train.filter((t) => foldOf(t.passage.page) !== fold);
    const bayes = trainBayes(rest);
    const linear = trainLinear(rest, likelyTarget);
    const borderline = trainLinear(rest, borderlineTarget);
    for (const t of train.filter((t) => foldOf(t.passage.page) === fold)) oof.set(t, opinionsOf(bayes, linear, borderline, t));
  }

  const weights = {} as CombinerModel['weights'];
  const scored: Scored[] = [];
  for (const category of CATEGORIES) {
    const opinion = (t: PreparedPassage) => ({
      bayes: oof.get(t)!.bayes[category] ?? 0,
      linear: oof.get(t)!.linear[category],
      borderline: oof.get(t)!.borderline[category],
      previous: t.previous ? sigmoid(oof.get(t.previous)!.linear[category]) : 0,
      next: t.next ? sigmoid(oof.get(t.next)!.linear[category]) : 0,
    });
    const inputs = train.map((t) => combinerInputs(category, opinion(t), t, t.page));
    const names = [...new Set(inputs.flatMap((m) => [...m.keys()]))].sort((a, b) => (a === 'bias' ? -1 : b === 'bias' ? 1 : a.localeCompare(b)));
    const rows = inputs.map((m) => names.map((n) => m.get(n) ?? 0));
    const targets = train.map((t) => (likelyTarget(t.passage, category) ? 1 : 0));
    const fit = (indices: number[]) => {
      const fitted = fitLogistic(indices.map((i) => rows[i]!), indices.map((i) => targets[i]!), { nonNegative: names.map((n) => n.startsWith('rule:') || n === 'declaredWeight') });
      return Object.fromEntries(names.map((n, i) => [n, fitted[i]!]).filter(([, w]) => w !== 0));
    };
    weights[category] = fit(train.map((_, i) => i));
    // The thresholds are chosen on combiner scores that are out-of-fold as well: scores of the rows the
    // combiner was fitted on are optimistic, and thresholds set on them let precision slip on new text.
    for (let fold = 0; fold < FOLDS; fold++) {
      const foldWeights = fit(train.flatMap((t, i) => (foldOf(t.passage.page) !== fold ? [i] : [])));
      train.forEach((t, i) => {
        if (foldOf(t.passage.page) === fold) scored.push({ score: combinedScore(foldWeights, inputs[i]!), positive: targets[i] === 1, category, item: t, borderline: oof.get(t)!.borderline[category] });
      });
    }
  }
  if (process.env.TRAIN_DEBUG) for (const c of CATEGORIES) for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const mine = scored.filter((s) => s.category === c);
    const flagged = mine.filter((s) => s.score >= t);
    const tp = flagged.filter((s) => s.positive).length;
    log(`${c} ${t} precision ${(tp / flagged.length).toFixed(3)} recall ${(tp / mine.filter((s) => s.positive).length).toFixed(3)}`);
  }
  const likely = Object.fromEntries(CATEGORIES.map((c) => [c, chooseLikelyThreshold(c, scored.filter((s) => s.category === c))])) as Record<Category, number>;
  const combiner: CombinerModel = { weights, thresholds: { likely, review: 0.3 } };
  for (const c of CATEGORIES) {
    const mine = scored.filter((s) => s.category === c);
    const flagged = mine.filter((s) => flaggedLikely(s, combiner.thresholds));
    const tp = flagged.filter((s) => s.positive).length;
    log(`cross-fitted on the training split, ${c}: precision ${(tp / flagged.length).toFixed(3)} recall ${(tp / mine.filter((s) => s.positive).length).toFixed(3)} (${tp} of ${flagged.length} flags right)`);
    if (process.env.TRAIN_DEBUG) {
      // The best recall any threshold gives at the target precision: a smoother yardstick for comparing changes.
      const positives = mine.filter((s) => s.positive).length;
      const eligible = mine.filter((s) => flaggedLikely(s, { likely: { [c]: 0 } as Record<Category, number>, review: 0 })).sort((a, b) => b.score - a.score);
      for (const precision of [0.9, 0.91, 0.92]) {
        let best = 0;
        let hits = 0;
        eligible.forEach((s, i) => {
          if (s.positive) hits++;
          if (hits / (i + 1) >= precision) best = Math.max(best, hits / positives);
        });
        log(`  best recall at precision ${precision}: ${best.toFixed(3)}`);
      }
    }
  }
  // TRAIN_ERRORS=file: the training passages the cross-fitted scores get wrong, for reviewing labels and
  // deciding what to write next (never the test split).
  if (process.env.TRAIN_ERRORS) {
    const errors = scored.flatMap((s) => {
      if (flaggedLikely(s, combiner.thresholds) === s.positive) return [];
      const { id, page, label, borderline, text } = s.item.passage;
      return [JSON.stringify({ id, page, category: s.category, kind: s.positive ? 'missed' : 'false-alarm', label, borderline, score: Math.round(s.score * 100) / 100, text })];
    });
    writeFileSync(process.env.TRAIN_ERRORS, `${errors.join('\n')}\n`);
  }

  const bayes = trainBayes(train);
  const linear = trainLinear(train, likelyTarget);
  const borderline = trainLinear(train, borderlineTarget);
  const model: TrainedModel & { about: Record<string, unknown> } = {
    about: {
      trainedWith: 'natural BayesClassifier and a sparse logistic model over stems, bigrams, negation-marked stems, compound heads and tails; logistic combiner over both, the passages before and after, rules, lexicons, page cues and shape, fitted out-of-fold; thresholds from cross-fitted combiner scores',
      trainPassages: train.length,
      corpusSha256: createHash('sha256').update(JSON.stringify(corpus)).digest('hex'),
      rulesSha256: createHash('sha256').update(JSON.stringify(bundle)).digest('hex'),
    },
    combiner,
    bayes,
    linear,
    borderline,
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
