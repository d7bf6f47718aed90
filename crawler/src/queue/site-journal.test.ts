// A site's journal, shipped as a bundle with its evidence files and replayed into the crawl folder's store,
// leaves that store exactly as the job's own store; replaying it twice changes nothing.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCrawlStore, type CrawlStore } from '../store/index.ts';
import { commit, finding, page } from '../store/store-fixtures.ts';
import { collectFiles, writeFiles } from './bundle-files.ts';
import { applyParkedBundles, parkBundle } from './collect-results.ts';
import { decodeBundle, encodeBundle } from './site-bundle.ts';
import { journalCounts, journalingStore, type JournalEntry } from './site-journal.ts';

const SITE = { siteId: 'a.test', seedUrls: ['http://a.test/'], locations: [{ name: 'De Akker' }] };

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function snapshot(store: CrawlStore) {
  const { startedAt: _s, ...site } = (await store.getSite('a.test'))!;
  return { site, pages: await all(store.pages('a.test')), findings: await all(store.findings('a.test')), outlinks: await all(store.outlinks('a.test')) };
}

/** What crawlSite does to a job store, in miniature: seed, two pages (one with findings), the page cap. */
async function crawlInto(store: CrawlStore): Promise<void> {
  await store.addSites([SITE]);
  await store.leaseSite('w', 60_000);
  await store.seedSite('a.test', [{ url: 'http://a.test/', depth: 0 }, { url: 'http://a.test/kosten', depth: 1, discoveredFrom: 'sitemap' }]);
  await store.commitPage(commit('http://a.test/', {
    discovered: [{ url: 'http://a.test/bijles', depth: 1, discoveredFrom: 'http://a.test/' }, { url: 'http://a.test/x.zip', depth: 1, skip: 'unsupported-type' }],
    outlinks: [{ siteId: 'a.test', fromUrl: 'http://a.test/', toUrl: 'https://lyceo.test/', bureau: 'Lyceo' }],
  }));
  await store.commitPage(commit('http://a.test/kosten', {
    page: page('http://a.test/kosten', { depth: 1 }),
    findings: [finding('http://a.test/kosten', 'De bijdrage is verplicht', { category: 'mandatory-contribution', evidence: {
      sha256: 'cd', capturedAt: '2024-01-01T00:00:00.000Z', toolVersion: '0', userAgent: 'ua', screenshot: 'evidence/a.test/ff.png', screenshotSha256: 'ff',
    } })],
  }));
  await store.skipQueued('a.test', 'page-cap');
  await store.finishSite('a.test', 'partial', 'page-cap');
}

describe('site journal and bundle', () => {
  it('replayed into another store gives the same site, pages, findings and outlinks; twice doubles nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'journal-'));
    const jobStore = openCrawlStore(join(dir, 'job'));
    const journal: JournalEntry[] = [];
    await crawlInto(journalingStore(jobStore, journal));
    expect(journal.map((e) => e.op)).toEqual(['seedSite', 'commitPage', 'commitPage', 'skipQueued', 'finishSite']);
    expect(journalCounts(journal)).toEqual({ pages: 2, findings: 1, errors: 0 });

    await mkdir(join(dir, 'job', 'evidence', 'a.test'), { recursive: true });
    await writeFile(join(dir, 'job', 'evidence', 'a.test', 'ff.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]));
    const files = await collectFiles(join(dir, 'job'));
    expect(files.map((f) => f.path)).toEqual(['evidence/a.test/ff.png']);
    const startedAt = (await jobStore.getSite('a.test'))!.startedAt;
    const blob = encodeBundle({ siteId: 'a.test', startedAt, journal, files });
    expect(decodeBundle(blob).files[0].bytes).toEqual(files[0].bytes);

    const crawlDir = join(dir, 'crawl');
    const crawlStore = openCrawlStore(crawlDir);
    await crawlStore.addSites([SITE]);
    await parkBundle(crawlDir, 'site-a.test', blob);
    expect(await applyParkedBundles(crawlDir, crawlStore)).toMatchObject([{ siteId: 'a.test', state: 'partial', pages: 2, findings: 1, applied: true }]);
    expect(await snapshot(crawlStore)).toEqual(await snapshot(jobStore));
    expect((await crawlStore.getSite('a.test'))!.startedAt).toBe(startedAt);
    expect(readFileSync(join(crawlDir, 'evidence', 'a.test', 'ff.png'))).toEqual(Buffer.from(files[0].bytes));
    expect(existsSync(join(crawlDir, 'queue-inbox', 'site-a.test.bundle'))).toBe(false);

    // A coordinator killed after replaying but before emptying its inbox meets the bundle again.
    await parkBundle(crawlDir, 'site-a.test', blob);
    expect(await applyParkedBundles(crawlDir, crawlStore)).toMatchObject([{ siteId: 'a.test', applied: false }]);
    expect(await snapshot(crawlStore)).toEqual(await snapshot(jobStore));
    await Promise.all([jobStore.close(), crawlStore.close()]);
  });

  it('refuses bundle files that would land outside the crawl folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-files-'));
    for (const path of ['../escape.png', '/etc/x', 'evidence/../../x']) {
      await expect(writeFiles(dir, [{ path, bytes: new Uint8Array([1]) }])).rejects.toThrow(/outside the crawl folder/);
    }
  });

  it('rejects a blob that is not a bundle, or is cut short', () => {
    expect(() => decodeBundle(Buffer.from('hello world'))).toThrow(/not a schoolscan site bundle/);
    const blob = encodeBundle({ siteId: 'a.test', journal: [], files: [{ path: 'evidence/a.png', bytes: new Uint8Array(10) }] });
    expect(() => decodeBundle(blob.subarray(0, blob.length - 1))).toThrow(/cut short/);
  });
});
