import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewSample } from './review-sample.ts';
import { appendLabels, importLabelsCsv, labelsToCsv, readLabels, readReviewSample, writeReviewSample } from './review-store.ts';

const SAMPLE: ReviewSample = {
  seed: 's', requested: 3, drawnAt: '2025-01-01T00:00:00Z', strata: [],
  items: [
    { id: 'commercial-tutoring:A1', category: 'commercial-tutoring', schoolId: 'A1', siteId: 'a.test', flagged: true, name: 'De "Akker", Zwolle' },
    { id: 'mandatory-contribution:A1', category: 'mandatory-contribution', schoolId: 'A1', siteId: 'a.test', flagged: false },
    { id: 'commercial-tutoring:B1', category: 'commercial-tutoring', schoolId: 'B1', siteId: 'b.test', flagged: false, name: 'Regel\nbreuk' },
  ],
};

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  writeReviewSample(dir, SAMPLE);
  return dir;
}

describe('review store', () => {
  it('keeps the last label of an item and survives a torn last line', () => {
    const dir = folder();
    appendLabels(dir, [
      { item: 'commercial-tutoring:A1', label: 'wrong', at: '1', source: 'page' },
      { item: 'commercial-tutoring:A1', label: 'correct', at: '2', source: 'page' },
    ]);
    appendLabels(dir, [{ item: 'x', label: 'bogus' as never, at: '3', source: 'page' }]);
    expect(readReviewSample(dir)).toEqual(SAMPLE);
    expect([...readLabels(dir).entries()]).toEqual([['commercial-tutoring:A1', { item: 'commercial-tutoring:A1', label: 'correct', at: '2', source: 'page' }]]);
  });

  it('round-trips labels through CSV export and import into another copy of the folder', () => {
    const dir = folder();
    appendLabels(dir, [
      { item: 'commercial-tutoring:A1', label: 'correct', at: '2025-01-02T10:00:00.000Z', source: 'page' },
      { item: 'commercial-tutoring:B1', label: 'unsure', at: '2025-01-02T10:01:00.000Z', source: 'page' },
    ]);
    const csv = labelsToCsv(SAMPLE, readLabels(dir));
    const copy = mkdtempSync(join(tmpdir(), 'review-copy-'));
    cpSync(join(dir, 'review', 'sample.json'), join(copy, 'review', 'sample.json'), { recursive: true });
    const result = importLabelsCsv(copy, csv);
    expect(result).toEqual({ imported: 2, blank: 1, rejected: [] });
    const labels = (d: string) => [...readLabels(d).values()].map(({ item, label, at }) => ({ item, label, at }));
    expect(labels(copy)).toEqual(labels(dir));
    expect(labelsToCsv(SAMPLE, readLabels(copy))).toBe(csv);
  });

  it('rejects rows for unknown items and unknown labels, and accepts a spreadsheet-edited file', () => {
    const dir = folder();
    const edited = '\uFEFFitem,label\r\ncommercial-tutoring:A1,WRONG\r\ncommercial-tutoring:Z9,correct\r\nmandatory-contribution:A1,maybe\r\n';
    const result = importLabelsCsv(dir, edited, new Date('2025-02-01T00:00:00Z'));
    expect(result.imported).toBe(1);
    expect(result.rejected.map((r) => [r.row, r.item])).toEqual([[3, 'commercial-tutoring:Z9'], [4, 'mandatory-contribution:A1']]);
    expect(readLabels(dir).get('commercial-tutoring:A1')).toMatchObject({ label: 'wrong', source: 'import', at: '2025-02-01T00:00:00.000Z' });
  });
});
