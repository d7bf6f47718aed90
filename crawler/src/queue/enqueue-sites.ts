// The coordinator's side of the job list: one job per unfinished site, added as often as needed (the job
// id is the site key, so adding a site that is already queued, running or done-but-uncollected adds nothing).
import type { Queue } from 'bullmq';
import type { NewSite } from '../store/records.ts';
import { jobIdOf, siteJob, type SiteJobData, type SiteJobResult } from './site-job.ts';

const CHUNK = 500;

/** Adds the sites' jobs; jobs of the same sites left behind by another crawl are removed first (when not running). */
export async function enqueueSites(queue: SiteQueue, crawlId: string, sites: readonly NewSite[], warn: (m: string) => void): Promise<void> {
  for (let i = 0; i < sites.length; i += CHUNK) {
    const chunk = sites.slice(i, i + CHUNK);
    const existing = await Promise.all(chunk.map((s) => queue.getJob(jobIdOf(s.siteId))));
    for (const job of existing) {
      if (!job || job.data?.crawlId === crawlId) continue;
      // A running job of another crawl cannot be removed; it ends (as stale) and a later pass replaces it.
      if ((await job.getState()) === 'active') continue;
      warn(`removing job ${job.id} left by another crawl (${job.data?.crawlId ?? 'unknown'})`);
      await job.remove();
    }
    await addSites(queue, crawlId, chunk);
  }
}

/** Adds the jobs only: the periodic pass that puts back jobs Redis lost (a restart without persistence). */
export async function addSites(queue: SiteQueue, crawlId: string, sites: readonly NewSite[]): Promise<void> {
  for (let i = 0; i < sites.length; i += CHUNK) {
    await queue.addBulk(sites.slice(i, i + CHUNK).map((site) => siteJob(crawlId, site)));
  }
}

export type SiteQueue = Queue<SiteJobData, SiteJobResult>;
