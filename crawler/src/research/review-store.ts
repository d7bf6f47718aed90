// The review lives in the crawl folder: review/sample.json (the drawn items) and review/labels.jsonl
// (one label a line, appended; the last label of an item wins). Appending keeps every verdict ever
// given, so a crash or a reload loses nothing. CSV export and import carry the same labels.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isLabel, type LabelRecord } from './review-labels.ts';
import type { ReviewSample } from './review-sample.ts';

export const REVIEW_DIR = 'review';
export const REVIEW_FILES = { sample: 'sample.json', labels: 'labels.jsonl' } as const;

const pathOf = (dir: string, file: keyof typeof REVIEW_FILES) => join(dir, REVIEW_DIR, REVIEW_FILES[file]);

export function hasReviewSample(dir: string): boolean {
  return existsSync(pathOf(dir, 'sample'));
}

export function hasLabels(dir: string): boolean {
  return readLabels(dir).size > 0;
}

export function writeReviewSample(dir: string, sample: ReviewSample): void {
  mkdirSync(join(dir, REVIEW_DIR), { recursive: true });
  const file = pathOf(dir, 'sample');
  writeFileSync(`${file}.tmp`, `${JSON.stringify(sample, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function readReviewSample(dir: string): ReviewSample | undefined {
  const file = pathOf(dir, 'sample');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReviewSample) : undefined;
}

export function appendLabels(dir: string, records: readonly LabelRecord[]): void {
  if (records.length === 0) return;
  mkdirSync(join(dir, REVIEW_DIR), { recursive: true });
  appendFileSync(pathOf(dir, 'labels'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

/** Current label per item (the last one written). A torn last line from a crash is skipped. */
export function readLabels(dir: string): Map<string, LabelRecord> {
  const file = pathOf(dir, 'labels');
  const labels = new Map<string, LabelRecord>();
  if (!existsSync(file)) return labels;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let record: LabelRecord;
    try {
      record = JSON.parse(line) as LabelRecord;
    } catch {
      continue;
    }
    if (typeof record.item === 'string' && isLabel(record.label)) labels.set(record.item, record);
  }
  return labels;
}

const CSV_COLUMNS = ['item', 'category', 'flagged', 'code', 'name', 'place', 'siteId', 'website', 'label', 'labelledAt'] as const;

export function labelsToCsv(sample: ReviewSample, labels: ReadonlyMap<string, LabelRecord>): string {
  const rows = sample.items.map((item) => {
    const label = labels.get(item.id);
    return [item.id, item.category, item.flagged ? 'yes' : 'no', item.code ?? '', item.name ?? '', item.place ?? '', item.siteId,
      item.website ?? '', label?.label ?? '', label?.at ?? ''];
  });
  return stringify([[...CSV_COLUMNS], ...rows]);
}

export interface ImportResult {
  imported: number;
  /** Rows left blank (no label yet). */
  blank: number;
  /** Rows whose item is not in this crawl's review sample, or whose label is not correct/wrong/unsure. */
  rejected: { row: number; item: string; why: string }[];
}

/** Reads labels from a CSV in the export's shape (only `item` and `label` are needed) and stores them. */
export function importLabelsCsv(dir: string, csv: string | Buffer, now = new Date()): ImportResult {
  const sample = readReviewSample(dir);
  if (!sample) throw new Error('this crawl folder has no review sample; run `schoolscan sample-review` first');
  const known = new Set(sample.items.map((i) => i.id));
  const current = readLabels(dir);
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const result: ImportResult = { imported: 0, blank: 0, rejected: [] };
  const records: LabelRecord[] = [];
  rows.forEach((row, index) => {
    const item = row.item ?? '';
    const label = (row.label ?? '').toLowerCase();
    if (!known.has(item)) result.rejected.push({ row: index + 2, item, why: 'not in the review sample' });
    else if (label === '') result.blank++;
    else if (!isLabel(label)) result.rejected.push({ row: index + 2, item, why: `label "${row.label}" is not correct, wrong or unsure` });
    else if (current.get(item)?.label !== label) records.push({ item, label, at: row.labelledAt || now.toISOString(), source: 'import' });
    else result.imported++;
  });
  appendLabels(dir, records);
  result.imported += records.length;
  return result;
}
