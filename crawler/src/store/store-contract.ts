// The behaviour every CrawlStore must show. An implementation's test file calls
// describeCrawlStoreContract('sqlite', factory); a Redis store will call it too.
import { afterEach, describe, expect, it } from 'vitest';
import type { CrawlStore } from './crawl-store.ts';
import type { PageRow } from './records.ts';
import { commit, finding, page } from './store-fixtures.ts';

export interface StoreFactory {
  /** A fresh, empty store. */
  create(): Promise<CrawlStore>;
  /** Closes `store` and opens the same data again, as a resumed process would. */
  reopen(store: CrawlStore): Promise<CrawlStore>;
}

const SITE = { siteId: 'a.test', seedUrls: ['http://a.test/'], locations: [{ code: '01AB00', name: 'De Akker', place: 'Utrecht', type: 'po' }] };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function describeCrawlStoreContract(name: string, factory: StoreFactory): void {
  describe(`CrawlStore contract: ${name}`, () => {
    let store: CrawlStore;
    const open = async () => { store = await factory.create(); await store.addSites([SITE]); return store; };
    afterEach(async () => { await store?.close(); });

    it('adds sites once and lists them in the order added', async () => {
      await open();
      expect(await store.addSites([SITE, { siteId: 'b.test', seedUrls: ['http://b.test/'], locations: [] }])).toBe(1);
      expect((await store.listSites()).map((s) => s.siteId)).toEqual(['a.test', 'b.test']);
      expect(await store.getSite('a.test')).toMatchObject({ state: 'pending', seeded: false, locations: SITE.locations });
      await store.addSites([{ siteId: 'c.test/x', seedUrls: ['http://c.test/x/'], locations: [], pathScoped: true }]);
      expect(await store.getSite('c.test/x')).toMatchObject({ pathScoped: true });
      expect((await store.getSite('b.test'))?.pathScoped).toBeUndefined();
    });

    it('leases each pending site to one owner, and an expired lease to the next', async () => {
      await open();
      await store.addSites([{ siteId: 'b.test', seedUrls: [], locations: [] }]);
      expect((await store.leaseSite('w1', 1000, 0))?.siteId).toBe('a.test');
      expect((await store.leaseSite('w2', 1000, 0))?.siteId).toBe('b.test');
      expect(await store.leaseSite('w3', 1000, 500)).toBeUndefined();
      expect((await store.leaseSite('w3', 1000, 2000))?.siteId).toBe('a.test');
      await store.finishSite('a.test', 'partial', 'page-cap');
      expect(await store.getSite('a.test')).toMatchObject({ state: 'partial', reason: 'page-cap' });
      // A site crawled elsewhere (a queue worker) brings its own start and end times.
      await store.finishSite('b.test', 'finished', undefined, '2024-01-01T00:05:00.000Z', '2024-01-01T00:01:00.000Z');
      expect(await store.getSite('b.test')).toMatchObject({ state: 'finished', startedAt: '2024-01-01T00:01:00.000Z', endedAt: '2024-01-01T00:05:00.000Z' });
    });

    it('hands out URLs by depth, then insertion order, and never twice', async () => {
      await open();
      await store.seedSite('a.test', [{ url: 'u/deep', depth: 2 }, { url: 'u/1', depth: 1, fetchUrl: 'u/1?b&a' }, { url: 'u/2', depth: 1 }, { url: 'u/x', depth: 1, skip: 'trap' }]);
      expect((await store.getSite('a.test'))?.seeded).toBe(true);
      const order: string[] = [];
      for (let e; (e = await store.leaseUrl('a.test', 'w', 60_000, 0));) order.push(e.fetchUrl ?? e.url);
      expect(order).toEqual(['u/1?b&a', 'u/2', 'u/deep']);
      expect(await store.countUrls('a.test')).toEqual({ queued: 0, leased: 3, done: 0, failed: 0, skipped: 1, fetched: 0 });
    });

    it('keeps a given-back URL until its backoff passes, counting the attempt', async () => {
      await open();
      await store.seedSite('a.test', [{ url: 'u/1', depth: 0 }]);
      await store.leaseUrl('a.test', 'w', 60_000, 0);
      await store.giveBack('a.test', 'u/1', { notBefore: 5000, error: 'http-5xx' });
      expect(await store.leaseUrl('a.test', 'w', 60_000, 4999)).toBeUndefined();
      expect(await store.nextDueAt('a.test')).toBe(5000);
      expect(await store.leaseUrl('a.test', 'w', 60_000, 5000)).toMatchObject({ url: 'u/1', attempts: 1 });
      expect(await store.nextDueAt('a.test')).toBeUndefined();
    });

    it('commits a page with its findings, discoveries and outlinks, and a repeated commit doubles nothing', async () => {
      await open();
      await store.seedSite('a.test', [{ url: 'u/1', depth: 0 }]);
      await store.leaseUrl('a.test', 'w', 60_000);
      const c = commit('u/1', {
        findings: [finding('u/1', 'Bijles bij Lyceo'), finding('u/1', '  bijles BIJ lyceo '), finding('u/1', 'Bijles bij Lyceo', { blockIndex: 3 })],
        discovered: [{ url: 'u/2', depth: 1, discoveredFrom: 'u/1' }, { url: 'u/1', depth: 1 }],
        outlinks: [{ siteId: 'a.test', fromUrl: 'u/1', toUrl: 'https://lyceo.test/', bureau: 'Lyceo' }],
        warc: { siteId: 'a.test', file: 'a.warc.gz', bytes: 1234 },
      });
      await store.commitPage(c);
      await store.commitPage(c);
      expect((await collect(store.findings())).map((f) => f.blockIndex)).toEqual([0, 3]);
      expect(await collect(store.outlinks('a.test'))).toHaveLength(1);
      expect(await store.countUrls('a.test')).toMatchObject({ done: 1, queued: 1, fetched: 1 });
      expect(await store.knownUrls('a.test')).toEqual([{ url: 'u/1', state: 'done' }, { url: 'u/2', state: 'queued' }]);
      expect(await store.warcOffsets('a.test')).toEqual([{ siteId: 'a.test', file: 'a.warc.gz', bytes: 1234 }]);
    });

    it('lists every URL with its outcome, skipped and queued ones included', async () => {
      await open();
      const urls = Array.from({ length: 1203 }, (_, i) => ({ url: `u/${i}`, depth: 1 }));
      await store.seedSite('a.test', urls);
      await store.commitPage(commit('u/0', { page: page('u/0', { sha256: 'cafe' }) }));
      await store.commitPage(commit('u/1', { outcome: 'failed', page: page('u/1', { stage: 'fetched', error: 'corrupt-pdf' }) }));
      await store.commitPage(commit('u/2', { outcome: 'skipped', page: page('u/2', { stage: 'none', error: 'robots' }) }));
      await store.skipQueued('a.test', 'page-cap');
      const rows: PageRow[] = await collect(store.pages());
      expect(rows).toHaveLength(1203);
      expect(rows.slice(0, 4).map((r) => [r.url, r.state, r.error ?? null, r.stage])).toEqual([
        ['u/0', 'done', null, 'stored'], ['u/1', 'failed', 'corrupt-pdf', 'fetched'],
        ['u/2', 'skipped', 'robots', 'none'], ['u/3', 'skipped', 'page-cap', 'none'],
      ]);
      expect(rows[1202].url).toBe('u/1202');
    });

    it('summarises each site: pages fetched, errors, findings per category and level', async () => {
      await open();
      await store.seedSite('a.test', [{ url: 'u/1', depth: 0 }, { url: 'u/2', depth: 0 }, { url: 'u/3', depth: 0 }]);
      await store.commitPage(commit('u/1', { findings: [finding('u/1', 'a'), finding('u/1', 'b', { level: 'review', category: 'mandatory-contribution' })] }));
      await store.commitPage(commit('u/2', { outcome: 'failed', page: page('u/2', { stage: 'fetched', error: 'http-5xx' }) }));
      await store.commitPage(commit('u/3', { outcome: 'skipped', page: page('u/3', { stage: 'none', error: 'robots' }) }));
      const [s] = await store.siteSummaries();
      expect(s).toMatchObject({ siteId: 'a.test', pagesFetched: 2, pagesStored: 1, errors: 1, skipped: 1, queued: 0 });
      expect(s.findings).toMatchObject({ 'commercial-tutoring:likely': 1, 'mandatory-contribution:review': 1, 'commercial-tutoring:review': 0 });
    });

    it('finds an earlier page with the same text, but not the page itself or a failed one', async () => {
      await open();
      await store.seedSite('a.test', [{ url: 'u/1', depth: 0 }]);
      await store.commitPage(commit('u/1', { page: page('u/1', { textSha256: 't1' }) }));
      await store.commitPage(commit('u/2', { outcome: 'failed', page: page('u/2', { textSha256: 't2', error: 'classify-failed' }) }));
      expect(await store.findDuplicate('a.test', 't1', 'u/9')).toBe('u/1');
      expect(await store.findDuplicate('a.test', 't1', 'u/1')).toBeUndefined();
      expect(await store.findDuplicate('a.test', 't2', 'u/9')).toBeUndefined();
    });

    it('reclaims expired leases, or all of them on resume', async () => {
      await open();
      await store.seedSite('a.test', [{ url: 'u/1', depth: 0 }, { url: 'u/2', depth: 0 }]);
      await store.leaseSite('w', 1000, 0);
      await store.leaseUrl('a.test', 'w', 1000, 0);
      await store.leaseUrl('a.test', 'w', 5000, 0);
      expect(await store.reclaimLeases({ now: 2000 })).toEqual({ urls: 1, sites: 1 });
      expect(await store.reclaimLeases({ all: true })).toEqual({ urls: 1, sites: 0 });
      expect(await store.countUrls('a.test')).toMatchObject({ queued: 2, leased: 0 });
    });

    it('keeps manifest, runs and everything else across a reopen', async () => {
      await open();
      await store.putManifest({ toolVersion: '1', createdAt: 'now', options: { maxPages: 5 } });
      const run = await store.startRun({ owner: 'p1', startedAt: 't0', resumed: false });
      await store.seedSite('a.test', [{ url: 'u/1', depth: 0 }]);
      await store.commitPage(commit('u/1', { findings: [finding('u/1', 'x')] }));
      store = await factory.reopen(store);
      await store.endRun(run, { endedAt: 't1', exitCode: 0 });
      expect((await store.getManifest())?.options).toEqual({ maxPages: 5 });
      expect(await store.listRuns()).toEqual([{ id: run, owner: 'p1', startedAt: 't0', endedAt: 't1', resumed: false, exitCode: 0 }]);
      expect(await collect(store.findings('a.test'))).toHaveLength(1);
      expect((await store.getSite('a.test'))?.seeded).toBe(true);
    });
  });
}
