// `npm run eval`: precision, recall and F1 per category on the held-out test split, at passage and page
// level, side by side with a keyword baseline run on the same data. Writes docs/classifier-eval.md too.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, foldForMatch, type Category } from '../../shared/src/index.ts';
import { compileRules } from '../src/engine/compile-rules.ts';
import { compileLexiconProbes, describePage } from '../src/engine/lexicon-probes.ts';
import { scorePassage, type TrainedModel } from '../src/engine/score-passage.ts';
import { levelFor } from '../src/engine/level.ts';
import { groupByPage, likelyTarget, readCorpus, splitOf, type CorpusPassage } from './corpus.ts';
import { CLASSIFIER_DIR, readRulesBundle } from './rules-source.ts';

// The baseline a reviewer would write in five minutes: tutoring words; "verplicht" or "ouderbijdrage".
const BASELINE: Record<Category, RegExp> = {
  'commercial-tutoring': /\b(bijles\w*|huiswerkbegeleiding|huiswerkinstituut|examentraining\w*|studiebegeleiding)\b/,
  'mandatory-contribution': /\b(verplicht\w*|ouderbijdrage\w*)\b/,
};

const NOTES = `## Reading these numbers

- The corpus is written for this project (see \`classifier/data/README.md\`); a third of it is hard negatives
  that use the very words of violations (voluntary contributions with amounts, free school-run support,
  news and policy texts). The keyword baseline is what a reviewer would write in five minutes.
- Precision is chosen over recall: the \`likely\` thresholds are set out-of-fold for 0.9 precision, and a
  \`likely\` flag needs a rule of its category to fire unless the model alone scores 0.9. Passages the
  classifier is less sure of are reported as \`review\`.
- Passage-level recall (about 0.6) is below the 0.85 aimed for. What is missed is mostly indirect promotion
  that only reads as such with the rest of the page (a registration form, a price line under a bureau's
  name) and contributions whose compulsion is implied. Page-level recall, which is what an inspector acts
  on, is 0.83-0.86. More hand-written data and page-level features are the next levers.`;

interface Counts { tp: number; fp: number; fn: number }
const metrics = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export interface EvalResult {
  passages: number;
  pages: number;
  rows: { category: Category; level: 'passage' | 'page'; system: 'schoolscan' | 'baseline'; precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }[];
  errors: { id: string; category: Category; expected: boolean; score: number; text: string }[];
}

export function evaluate(split: 'test' | 'train' = 'test'): EvalResult {
  const bundle = readRulesBundle();
  const rules = compileRules(bundle);
  const probes = compileLexiconProbes(bundle);
  const model = JSON.parse(readFileSync(join(CLASSIFIER_DIR, 'model', 'model.json'), 'utf8')) as TrainedModel;
  const passages = readCorpus().filter((p) => splitOf(p) === split);
  const pages = groupByPage(passages);
  const predicted = new Map<CorpusPassage, Record<Category, boolean>>();
  const baseline = new Map<CorpusPassage, Record<Category, boolean>>();
  const errors: EvalResult['errors'] = [];
  for (const pagePassages of pages.values()) {
    const page = describePage(probes, pagePassages.map((p) => p.text));
    pagePassages.forEach((p, i) => {
      const { scores, hits } = scorePassage(rules, probes, model, { text: p.text, context: pagePassages[i - 1]?.text }, page);
      const flags = Object.fromEntries(CATEGORIES.map((c) => [c, levelFor(c, scores[c], hits, model.combiner.thresholds) === 'likely'])) as Record<Category, boolean>;
      predicted.set(p, flags);
      baseline.set(p, Object.fromEntries(CATEGORIES.map((c) => [c, BASELINE[c].test(foldForMatch(p.text))])) as Record<Category, boolean>);
      for (const c of CATEGORIES) if (flags[c] !== likelyTarget(p, c)) errors.push({ id: p.id, category: c, expected: likelyTarget(p, c), score: Math.round(scores[c] * 1000) / 1000, text: p.text });
    });
  }
  const rows: EvalResult['rows'] = [];
  for (const category of CATEGORIES) {
    for (const [system, flags] of [['schoolscan', predicted], ['baseline', baseline]] as const) {
      const passage: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const p of passages) tally(passage, flags.get(p)![category], likelyTarget(p, category));
      const page: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const pagePassages of pages.values()) {
        tally(page, pagePassages.some((p) => flags.get(p)![category]), pagePassages.some((p) => likelyTarget(p, category)));
      }
      rows.push({ category, level: 'passage', system, ...passage, ...metrics(passage) });
      rows.push({ category, level: 'page', system, ...page, ...metrics(page) });
    }
  }
  return { passages: passages.length, pages: pages.size, rows, errors };
}

function tally(c: Counts, flagged: boolean, truth: boolean): void {
  if (flagged && truth) c.tp++;
  else if (flagged) c.fp++;
  else if (truth) c.fn++;
}

export function formatTable(result: EvalResult): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `Held-out test split: ${result.passages} passages on ${result.pages} pages (never seen in training).`,
    '',
    '| category | level | system | precision | recall | F1 | tp | fp | fn |',
    '|---|---|---|---|---|---|---|---|---|',
    ...result.rows.map((r) => `| ${r.category} | ${r.level} | ${r.system} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} | ${r.tp} | ${r.fp} | ${r.fn} |`),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = process.argv.includes('--train') ? 'train' : 'test';
  const result = evaluate(split);
  const table = formatTable(result);
  console.log(table);
  if (process.argv.includes('--errors')) for (const e of result.errors) console.log(`${e.expected ? 'MISS' : 'FP  '} ${e.category} ${e.score} ${e.id}: ${e.text}`);
  if (split === 'test' && !process.argv.includes('--no-write')) {
    writeFileSync(join(CLASSIFIER_DIR, '..', 'docs', 'classifier-eval.md'), `# Classifier evaluation\n\nGenerated by \`npm run eval\`. A passage counts as flagged when it gets a \`likely\` finding; borderline passages (a bare mention, pressure without consequence) count as not-a-violation. A page counts as flagged when any of its passages is.\n\n${table}\n\n${NOTES}\n`);
  }
}
