// Wires the real fetch, extract, browser and classifier modules to the ports crawlSite needs. One set of
// deps serves all sites of a process: one HTTP agent, one politeness gate, one robots cache, one browser.
import { classifyDocument } from '../../../classifier/src/index.ts';
import type { CrawlArchive } from '../archive/crawl-archive.ts';
import { HostMap } from '../fetch/host-map.ts';
import { HttpFetcher } from '../fetch/http-fetcher.ts';
import { HostLimiter, type RequestGate } from '../fetch/politeness.ts';
import { RobotsCache } from '../fetch/robots.ts';
import { readSitemaps, sitemapCandidates } from '../fetch/sitemaps.ts';
import { TrapGuard } from '../fetch/trap-guard.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import { createExtractor } from './extractor.ts';
import { LazyBrowser } from './browser.ts';
import { GapAfterResponse } from './polite-gate.ts';
import type { CrawlDeps, CrawlObserver, CrawlSettings, RobotsRules, SitemapSource } from './ports.ts';

export interface RealDepsOptions {
  store: CrawlStore;
  owner: string;
  settings: CrawlSettings;
  delayMs: number;
  maxBytes: number;
  timeoutMs: number;
  hostMap: string[];
  /** The crawl's start date: calendar traps are judged against it, the same on every resume. */
  crawlDate: Date;
  /** False when neither rendering nor screenshots are wanted: no browser is ever launched. */
  useBrowser: boolean;
  observer?: CrawlObserver;
  signal?: AbortSignal;
  /** Records every exchange and rendered DOM into WARC files (issue 9); absent with --no-wacz. A queue worker passes one that routes each site to its job folder's archive. */
  archive?: Pick<CrawlArchive, 'record' | 'sealPage' | 'recordingRenderer' | 'close'>;
  /** Politeness shared with other processes (queue workers: Redis); default: this process's own HostLimiter. */
  limiter?: RequestGate;
}

export type RealDeps = CrawlDeps & { close(): Promise<void> };

/** Sitemap URLs read per site at most: enough to fill the page cap several times over, not 50,000 rows. */
const sitemapUrlCap = (maxPages: number) => Math.max(500, maxPages * 5);

export function createCrawlDeps(options: RealDepsOptions): RealDeps {
  const warn = (message: string) => options.observer?.warn?.(message);
  const limiter = options.limiter ?? new HostLimiter({ maxConcurrentPerHost: 1, minGapMs: options.delayMs });
  const gate = new GapAfterResponse(limiter, options.delayMs);
  const hostMap = HostMap.parse(options.hostMap);
  const fetcher = new HttpFetcher({
    userAgent: options.settings.userAgent,
    limits: { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs },
    hostMap,
    gate,
    recorder: options.archive,
  });
  const robotsCache = new RobotsCache({ fetcher, gate, log: warn });

  const robots: RobotsRules = {
    async verdict(url, siteId) {
      const policy = await robotsCache.policyFor(url, siteId);
      if (policy.status === 'unreachable') return policy.failure ?? 'robots';
      return policy.isAllowed(url) ? undefined : 'robots';
    },
    sitemaps: async (url, siteId) => (await robotsCache.policyFor(url, siteId)).sitemaps,
  };

  const sitemaps: SitemapSource = {
    async pageUrls(site, fromRobots) {
      const origin = new URL(site.seedUrls[0]).origin;
      const candidates: string[] = [];
      for (const url of sitemapCandidates(origin, fromRobots)) {
        if (!options.settings.obeyRobots || !(await robots.verdict(url, site.siteId))) candidates.push(url);
      }
      const result = await readSitemaps(candidates, {
        fetcher, siteId: site.siteId, maxUrls: sitemapUrlCap(options.settings.maxPages), signal: options.signal,
      });
      return result.entries.map((e) => e.url);
    },
  };

  const renderer = options.useBrowser
    ? new LazyBrowser({ hostMap, userAgent: options.settings.userAgent, gate, timeoutMs: options.timeoutMs, warn, recorder: options.archive, maxBytes: options.maxBytes })
    : undefined;

  return {
    store: options.store,
    owner: options.owner,
    settings: options.settings,
    fetcher,
    extract: createExtractor(),
    classify: (doc) => classifyDocument(doc, { lang: 'nl' }),
    robots,
    sitemaps,
    renderer: renderer && options.archive ? options.archive.recordingRenderer(renderer) : renderer,
    archive: options.archive,
    newTrapGuard: () => {
      // A CMS that routes every page through index.php?page=… needs more than the guard's default 20 variants.
      const guard = new TrapGuard({ crawlDate: options.crawlDate, maxQueryVariantsPerPath: Math.max(20, Math.round(options.settings.maxPages / 4)) });
      return { admit: (url) => !guard.check(url) };
    },
    observer: options.observer,
    signal: options.signal,
    async close() {
      await Promise.allSettled([fetcher.close(), renderer?.close()]);
      await options.archive?.close();
    },
  };
}
