// The embedded job runner: `concurrency` loops in this process, each taking the next pending site from the
// store and crawling it. A BullMQ worker (issue 7) replaces this loop, not crawlSite.
import { crawlSite } from './crawl-site.ts';
import type { CrawlDeps, SiteResult } from './ports.ts';

export interface RunResult {
  sites: number;
  byState: Record<SiteResult['state'], number>;
  interrupted: boolean;
}

export async function runCrawl(deps: CrawlDeps, concurrency: number): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  const byState: RunResult['byState'] = { finished: 0, partial: 0, failed: 0, interrupted: 0 };
  let sites = 0;

  const worker = async () => {
    while (!deps.signal?.aborted) {
      const site = await deps.store.leaseSite(deps.owner, deps.settings.leaseMs, now());
      if (!site) return;
      sites++;
      let result: SiteResult['state'];
      try {
        result = (await crawlSite(site, deps)).state;
      } catch (error) {
        if (deps.signal?.aborted) return;
        // A bug or a store error on one site must not end the others; the site is marked and reported.
        deps.observer?.warn?.(`${site.siteId}: crawl stopped by an internal error: ${(error as Error).stack ?? error}`);
        await deps.store.finishSite(site.siteId, 'failed', 'internal');
        result = 'failed';
      }
      byState[result]++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sites, byState, interrupted: deps.signal?.aborted ?? false };
}
