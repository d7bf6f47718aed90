// Node-only: read the labelled corpus and split it into train and held-out test pages.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../shared/src/index.ts';
import { passagesOf } from '../src/engine/passages.ts';
import { CLASSIFIER_DIR } from './rules-source.ts';

export interface CorpusPassage {
  id: string;
  page: string;
  source: string;
  sector: 'po' | 'vo';
  voice: 'school' | 'discussion';
  label: Category | 'none';
  borderline?: boolean;
  hard?: boolean;
  trigger?: string;
  /**
   * Further substrings of `text` that carry the same violation in sentences classify judges on their own (the
   * bureau's price two sentences after its introduction). Without them such a sentence would count as clean.
   */
  moreTriggers?: string[];
  text: string;
}

const TEST_SHARE = 0.25;

/**
 * The labelled passages of `classifier/data/` (split into train and test by page), or of `classifier/fresh/`:
 * a set written after the model was frozen, never trained on nor read line by line during development.
 */
export function readCorpus(folder: 'data' | 'fresh' = 'data'): CorpusPassage[] {
  const dir = join(CLASSIFIER_DIR, folder);
  if (folder === 'fresh' && !existsSync(dir)) return [];
  const passages: CorpusPassage[] = [];
  // CORPUS_SKIP=a,b leaves out data/a.jsonl and data/b.jsonl: a file still being written does not reach a model.
  const skip = new Set((process.env.CORPUS_SKIP ?? '').split(',').filter(Boolean).map((f) => `${f}.jsonl`));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !skip.has(f)).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        passages.push(JSON.parse(line) as CorpusPassage);
      } catch (error) {
        throw new Error(`${folder}/${file}:${i + 1}: ${(error as Error).message}`);
      }
    });
  }
  return passages;
}

/** Whole pages go to one side, chosen by a hash of the page id: stable, and never mixed. */
export function splitOf(passage: Pick<CorpusPassage, 'page'>): 'train' | 'test' {
  const h = createHash('sha256').update(passage.page).digest().readUInt32BE(0) / 0x1_0000_0000;
  return h < TEST_SHARE ? 'test' : 'train';
}

/**
 * The units classify judges: a passage longer than a block classify keeps whole is cut as classify cuts it,
 * and only the pieces holding the trigger or one of `moreTriggers` keep the label (the others are the ordinary
 * sentences around it).
 * Training and evaluation read these units, so they measure the tool as it runs.
 */
export function unitsOf(passage: CorpusPassage): CorpusPassage[] {
  const spans = passagesOf(passage.text);
  if (spans.length <= 1) return [passage];
  const triggers = [passage.trigger, ...(passage.moreTriggers ?? [])].filter((t): t is string => !!t).map((t) => passage.text.indexOf(t));
  return spans.map((span, k) => {
    const carries = passage.label === 'none' || triggers.every((t) => t < 0) || triggers.some((t) => t >= span.start && t < span.end);
    const text = passage.text.slice(span.start, span.end);
    return carries ? { ...passage, id: `${passage.id}#${k}`, text } : { ...passage, id: `${passage.id}#${k}`, text, label: 'none', borderline: false, trigger: '' };
  });
}

/** The label a `likely` finding should match: borderline passages count as not-a-violation. */
export function likelyTarget(p: CorpusPassage, category: Category): boolean {
  return p.label === category && !p.borderline;
}

export function groupByPage<T extends { page: string }>(items: T[]): Map<string, T[]> {
  const pages = new Map<string, T[]>();
  for (const item of items) pages.set(item.page, [...(pages.get(item.page) ?? []), item]);
  return pages;
}
