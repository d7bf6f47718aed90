// A worker's unit of work: one site crawled from scratch into a job folder of its own (a fresh SQLite
// store plus whatever evidence the crawl writes: screenshots, WARCs), with every store change journaled. A worker killed
// half-way leaves nothing that counts: the next worker starts the site again in a clean folder, and only a
// finished site's bundle ever reaches the coordinator.
import { mkdir, rm } from 'node:fs/promises';
import { crawlSite } from '../crawl/crawl-site.ts';
import type { CrawlDeps, CrawlObserver, SiteResult } from '../crawl/ports.ts';
import { openCrawlStore } from '../store/index.ts';
import type { NewSite } from '../store/records.ts';
import { collectFiles } from './bundle-files.ts';
import type { SiteBundle } from './site-bundle.ts';
import { journalingStore, type JournalEntry } from './site-journal.ts';
import type { WorkerCrawl } from './worker-deps.ts';

/** What the sites of one crawl share in a worker process: fetcher, politeness gate, robots cache, browser. */
export type SharedCrawlDeps = Omit<CrawlDeps, 'store' | 'signal' | 'observer'>;

export interface SiteRun {
  /** Empty (or absent) folder that belongs to this run alone; removed afterwards. */
  dir: string;
  signal?: AbortSignal;
  observer?: CrawlObserver;
}

export type SiteRunOutcome = { interrupted: true } | { interrupted: false; result: SiteResult; bundle: SiteBundle };

export async function crawlSiteInFolder(site: NewSite, crawl: WorkerCrawl, run: SiteRun): Promise<SiteRunOutcome> {
  const shared = crawl.deps;
  await rm(run.dir, { recursive: true, force: true });
  await mkdir(run.dir, { recursive: true });
  const store = openCrawlStore(run.dir);
  try {
    await store.addSites([site]);
    const record = await store.leaseSite(shared.owner, shared.settings.leaseMs);
    if (!record) throw new Error(`${site.siteId}: the job folder's store did not hand out its only site`);
    const journal: JournalEntry[] = [];
    const deps: CrawlDeps = {
      ...shared, store: journalingStore(store, journal), settings: { ...shared.settings, outDir: run.dir },
      signal: run.signal, observer: run.observer,
    };
    crawl.archives?.open(site.siteId, {
      dir: run.dir, store, userAgent: shared.settings.userAgent, obeyRobots: shared.settings.obeyRobots,
      warn: (message) => run.observer?.warn?.(message),
    });
    let result: SiteResult;
    try {
      result = await crawlOrFail(record, deps);
    } finally {
      await crawl.archives?.closeSite(site.siteId);
    }
    if (result.state === 'interrupted') return { interrupted: true };
    const files = await collectFiles(run.dir);
    return { interrupted: false, result, bundle: { siteId: site.siteId, startedAt: record.startedAt, journal, files } };
  } finally {
    await store.close();
    await rm(run.dir, { recursive: true, force: true });
  }
}

/** As the in-process runner does: an internal error ends the site as failed instead of the crawl. */
async function crawlOrFail(site: Parameters<typeof crawlSite>[0], deps: CrawlDeps): Promise<SiteResult> {
  try {
    return await crawlSite(site, deps);
  } catch (error) {
    if (deps.signal?.aborted) return { state: 'interrupted', counts: await deps.store.countUrls(site.siteId) };
    deps.observer?.warn?.(`${site.siteId}: crawl stopped by an internal error: ${(error as Error).stack ?? error}`);
    await deps.store.finishSite(site.siteId, 'failed', 'internal');
    return { state: 'failed', reason: 'internal', counts: await deps.store.countUrls(site.siteId) };
  }
}
