// A worker builds the crawl machinery once per crawl it serves, from the settings the coordinator put in
// Redis: the same createCrawlDeps as an in-process crawl, with the politeness gate swapped for the shared one
// and the web archive split per site job.
import type { Redis } from 'ioredis';
import { createCrawlDeps } from '../crawl/real-deps.ts';
import type { CrawlObserver, CrawlSettings } from '../crawl/ports.ts';
import { DEFAULT_RETRY } from '../crawl/retry-policy.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import { registryKeys, type QueuedCrawlSettings } from './crawl-registry.ts';
import { ArchivesBySite } from './archives-by-site.ts';
import { sharedPolitenessGate } from './shared-gate.ts';
import type { SharedCrawlDeps } from './site-in-folder.ts';

export interface WorkerDepsOptions {
  redis: Redis;
  owner: string;
  /** Where job folders go; the settings' outDir, overridden per site job. */
  workDir: string;
  /** How long the politeness slot of a killed worker stays taken. */
  slotLeaseMs: number;
  observer: CrawlObserver;
  signal: AbortSignal;
}

/** Leases inside a job folder's own store: nobody else ever reads that store, so any long value does. */
const LOCAL_LEASE_MS = 10 * 60_000;

export function crawlSettingsOf(settings: QueuedCrawlSettings, outDir: string): CrawlSettings {
  return {
    maxPages: settings.maxPages, maxDepth: settings.maxDepth, render: settings.render, obeyRobots: !settings.noRobots,
    screenshots: !settings.noScreenshots, userAgent: settings.userAgent, outDir, leaseMs: LOCAL_LEASE_MS, retry: DEFAULT_RETRY,
  };
}

/** The machinery of one crawl in a worker process: shared deps, and the per-site archives when recording WARCs. */
export interface WorkerCrawl {
  deps: SharedCrawlDeps;
  archives?: ArchivesBySite;
  close(): Promise<void>;
}

export function buildWorkerCrawl(settings: QueuedCrawlSettings, options: WorkerDepsOptions): WorkerCrawl {
  const archives = settings.archive ? new ArchivesBySite() : undefined;
  const { store: _perJob, signal: _signal, observer: _observer, close, ...deps } = createCrawlDeps({
    store: storeOfEachJob, owner: options.owner, settings: crawlSettingsOf(settings, options.workDir),
    delayMs: settings.delayMs, maxBytes: settings.maxBytes, timeoutMs: settings.timeoutMs, hostMap: settings.hostMap,
    crawlDate: new Date(settings.crawlDate), useBrowser: !(settings.render === 'never' && settings.noScreenshots),
    observer: options.observer, signal: options.signal, archive: archives,
    limiter: sharedPolitenessGate({
      redis: options.redis, prefix: registryKeys.gatePrefix, delayMs: settings.delayMs, ipConnections: settings.ipConnections,
      leaseMs: options.slotLeaseMs, hostMap: settings.hostMap,
    }),
  });
  return { deps, archives, close };
}

/** Stands in for the store until each site job brings its own; any use of it is a bug. */
const storeOfEachJob = new Proxy({} as CrawlStore, {
  get(_target, key) {
    throw new Error(`store.${String(key)} used outside a site job: each job crawls into a store of its own`);
  },
});
