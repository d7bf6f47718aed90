import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCrawlStore } from '../store/index.ts';
import { commit, finding, page } from '../store/store-fixtures.ts';
import type { SiteLocation } from '../store/records.ts';
import { loadResearchInput } from './load-research.ts';
import { computeResearchStats } from './research-stats.ts';
import { appendLabels, writeReviewSample } from './review-store.ts';

const school = (code: string, type: string, province: string, board: string): SiteLocation =>
  ({ code, name: `School ${code}`, type, province, denomination: 'Openbaar', board });

/**
 * Seven schools on five websites, plus one without a website:
 *   a.test  A1 (po, Utrecht), A2 (po, Utrecht)  crawled fully, one likely tutoring finding   → 2 schools flagged
 *   b.test  B1 (vo, Utrecht)                    crawled partly (page cap), likely contribution, review tutoring
 *   c.test  C1 (po, Zeeland)                    crawled fully, nothing
 *   d.test  D1 (vo, Zeeland)                    failed (dns)
 *   e.test  E1 (po, Zeeland)                    never crawled (pending)
 *   —       F1 (po, Zeeland)                    no website
 */
async function crawlFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'research-stats-'));
  const store = openCrawlStore(dir);
  await store.putManifest({
    toolVersion: '0.1.0', createdAt: '2025-01-01T00:00:00Z', options: {},
    locationsWithoutWebsite: [school('F1', 'po', 'Zeeland', '7')],
  } as never);
  await store.addSites([
    { siteId: 'a.test', seedUrls: ['http://a.test/'], locations: [school('A1', 'po', 'Utrecht', '1'), school('A2', 'po', 'Utrecht', '1')] },
    { siteId: 'b.test', seedUrls: ['http://b.test/'], locations: [school('B1', 'vo', 'Utrecht', '2')] },
    { siteId: 'c.test', seedUrls: ['http://c.test/'], locations: [school('C1', 'po', 'Zeeland', '1')] },
    { siteId: 'd.test', seedUrls: ['http://d.test/'], locations: [school('D1', 'vo', 'Zeeland', '3')] },
    { siteId: 'e.test', seedUrls: ['http://e.test/'], locations: [school('E1', 'po', 'Zeeland', '4')] },
  ]);
  const stored = async (siteId: string, findings: ReturnType<typeof finding>[] = []) => {
    await store.seedSite(siteId, [{ url: `http://${siteId}/`, depth: 0 }]);
    await store.commitPage(commit(`http://${siteId}/`, { page: page(`http://${siteId}/`, { siteId }), findings }));
  };
  await stored('a.test', [finding('http://a.test/', 'Wij werken samen met Lyceo', { siteId: 'a.test' })]);
  await store.finishSite('a.test', 'finished');
  await stored('b.test', [
    finding('http://b.test/', 'De bijdrage is verplicht', { siteId: 'b.test', category: 'mandatory-contribution' }),
    finding('http://b.test/', 'Bijles via de decaan', { siteId: 'b.test', level: 'review', blockIndex: 1 }),
  ]);
  await store.finishSite('b.test', 'partial', 'page-cap');
  await stored('c.test');
  await store.finishSite('c.test', 'finished');
  await store.finishSite('d.test', 'failed', 'dns');
  await store.close();
  return dir;
}

async function statsOf(dir: string) {
  const store = openCrawlStore(dir);
  try {
    return computeResearchStats(await loadResearchInput(store, dir), { bootstrapReplicates: 500 });
  } finally {
    await store.close();
  }
}

describe('computeResearchStats', () => {
  it('counts coverage per school and per website', async () => {
    const { stats } = await statsOf(await crawlFolder());
    expect(stats.coverage.schools).toMatchObject({
      population: 7, withWebsite: 6, reached: 4,
      byState: { 'no-website': 1, 'not-crawled': 1, failed: 1, partial: 1, full: 3 },
      failedBy: { dns: 1 }, partialBy: { 'page-cap': 1 },
    });
    expect(stats.coverage.websites).toMatchObject({ population: 5, withWebsite: 5, reached: 3, byState: { full: 2, partial: 1, failed: 1, 'not-crawled': 1 } });
  });

  it('gives shares among crawled schools, credits every school of a shared website, and bounds the uncrawled', async () => {
    const { stats } = await statsOf(await crawlFolder());
    const [tutoring, contribution] = stats.categories;
    // Tutoring: A1 and A2 flagged (the review-level finding on b.test does not count); 4 crawled; 7 in the population.
    expect(tutoring.schools.estimate).toMatchObject({ count: 2, total: 4, share: 0.5 });
    expect(tutoring.schools.bestCase).toBeCloseTo(2 / 7, 12);
    expect(tutoring.schools.worstCase).toBeCloseTo((2 + 3) / 7, 12);
    expect(tutoring.websites.estimate).toMatchObject({ count: 1, total: 3 });
    expect(contribution.schools.estimate).toMatchObject({ count: 1, total: 4, share: 0.25 });
    const byType = tutoring.byDimension.find((d) => d.dimension === 'type')!.rows;
    expect(byType.map((r) => [r.group, r.population, r.estimate.total, r.estimate.count])).toEqual([['po', 5, 3, 2], ['vo', 2, 1, 0]]);
    const byProvince = contribution.byDimension.find((d) => d.dimension === 'province')!.rows;
    expect(byProvince.map((r) => [r.group, r.population, r.estimate.total, r.estimate.count])).toEqual([['Utrecht', 3, 3, 1], ['Zeeland', 4, 1, 0]]);
    // Board 1 runs A1, A2 and C1: three schools, class 2-5.
    const byBoard = tutoring.byDimension.find((d) => d.dimension === 'boardSize')!.rows;
    expect(byBoard.map((r) => [r.group, r.population])).toEqual([['1 school', 4], ['2-5 scholen', 3]]);
  });

  it('corrects the share with the review labels', async () => {
    const dir = await crawlFolder();
    writeReviewSample(dir, {
      seed: 'r', requested: 4, drawnAt: '2025-01-02T00:00:00Z', strata: [],
      items: [
        { id: 'commercial-tutoring:A1', category: 'commercial-tutoring', schoolId: 'A1', siteId: 'a.test', flagged: true },
        { id: 'commercial-tutoring:A2', category: 'commercial-tutoring', schoolId: 'A2', siteId: 'a.test', flagged: true },
        { id: 'commercial-tutoring:B1', category: 'commercial-tutoring', schoolId: 'B1', siteId: 'b.test', flagged: false },
        { id: 'commercial-tutoring:C1', category: 'commercial-tutoring', schoolId: 'C1', siteId: 'c.test', flagged: false },
      ],
    });
    const at = '2025-01-02T00:00:00Z';
    appendLabels(dir, [
      { item: 'commercial-tutoring:A1', label: 'correct', at, source: 'page' },
      { item: 'commercial-tutoring:A2', label: 'wrong', at, source: 'page' },
      { item: 'commercial-tutoring:B1', label: 'wrong', at, source: 'page' },
      { item: 'commercial-tutoring:C1', label: 'correct', at, source: 'page' },
    ]);
    const { stats } = await statsOf(dir);
    const corrected = stats.categories[0].corrected!;
    // f = 2/4, precision 1/2, miss rate 1/2: 0.5 · 0.5 + 0.5 · 0.5 = 0.5.
    expect(corrected).toMatchObject({ rawShare: 0.5, precision: 0.5, missRate: 0.5, corrected: 0.5 });
    expect(stats.review).toMatchObject({ items: 4, labelled: 4 });
  });
});
