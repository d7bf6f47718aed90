// `schoolscan crawl --queue redis://…`: the coordinator. It publishes the crawl's settings, enqueues one
// job per unfinished site, collects each finished site into the crawl folder (collect-results.ts) and shows
// one progress view, until every site is collected. Workers on any machine do the crawling.
import { createHash } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue, type Job, type QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { RunResult } from '../crawl/run-crawl.ts';
import { sleep } from '../crawl/sleep.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { NewSite } from '../store/records.ts';
import { applyParkedBundles, parkBundle, parkedJobIds, type CollectedSite } from './collect-results.ts';
import { listenToWorkers, watchRedis } from './coordinator-events.ts';
import { claimQueue, closeCrawl, openCrawl, releaseQueue, type QueuedCrawlSettings } from './crawl-registry.ts';
import { addSites, enqueueSites, type SiteQueue } from './enqueue-sites.ts';
import type { QueueProgress } from './queue-progress.ts';
import { SITE_QUEUE, type QueueAddress } from './redis-url.ts';
import { jobIdOf, type SiteJobData, type SiteJobResult } from './site-job.ts';

export interface QueuedCrawl {
  address: QueueAddress;
  store: CrawlStore;
  dir: string;
  settings: Omit<QueuedCrawlSettings, 'crawlId' | 'folder'>;
  progress: QueueProgress;
  signal: AbortSignal;
  pollMs?: number;
}

/** The coordinator's claim on the queue lapses this long after it stops renewing it (it renews every third). */
const CLAIM_TTL_MS = 30_000;
/** How often jobs are added again for unfinished sites, in case Redis lost them. */
const RECONCILE_MS = 15_000;
/** Where job failures are written, one JSON line each, in the crawl folder. */
export const FAILED_JOBS_FILE = 'failed-jobs.jsonl';

type SiteJob = Job<SiteJobData, SiteJobResult>;

/** The same folder and start time give the same id, so a resumed coordinator owns its jobs again. */
export function crawlIdOf(dir: string, crawlDate: string): string {
  return createHash('sha256').update(`${dir}\u0000${crawlDate}`).digest('hex').slice(0, 16);
}

export async function runQueuedCrawl(crawl: QueuedCrawl): Promise<RunResult> {
  const { store, dir, progress, signal } = crawl;
  const crawlId = crawlIdOf(dir, crawl.settings.crawlDate);
  const settings: QueuedCrawlSettings = { ...crawl.settings, crawlId, folder: dir };
  const redis = new Redis(crawl.address.connection);
  const queue: SiteQueue = new Queue(SITE_QUEUE, { connection: crawl.address.connection });
  let events: QueueEvents | undefined;
  const byState: RunResult['byState'] = { finished: 0, partial: 0, failed: 0, interrupted: 0 };
  const unfinished = new Map<string, NewSite>();
  let redisCameBack = false;
  let refused = false;

  /** Claims the queue and (re)writes the settings; false, with a warning, when another live crawl holds the queue. */
  const publish = async (): Promise<boolean> => {
    const holder = await claimQueue(redis, crawlId, CLAIM_TTL_MS);
    if (holder) {
      refused = true;
      progress.warn(`${crawl.address.label} is in use by another crawl (${holder}) whose coordinator is running: use another Redis database, or resume once that crawl ends`);
      return false;
    }
    await openCrawl(redis, settings);
    return true;
  };
  const collected = (sites: CollectedSite[], worker = 'earlier run') => {
    for (const site of sites) {
      progress.siteCollected(site, worker);
      if (!site.applied || !unfinished.delete(site.siteId)) continue;
      byState[site.state as keyof typeof byState]++;
    }
  };

  watchRedis(redis, crawl.address.label, progress, () => (redisCameBack = true));
  try {
    if (!(await publish())) return stopped();
    for (const site of await store.listSites()) if (!['finished', 'partial', 'failed'].includes(site.state)) unfinished.set(site.siteId, site);
    collected(await applyParkedBundles(dir, store));
    const siteOfJob = new Map([...unfinished.keys()].map((id) => [jobIdOf(id), id]));
    events = listenToWorkers(crawl, siteOfJob);
    await enqueueSites(queue, crawlId, [...unfinished.values()], (m) => progress.info(m));
    progress.info(`${unfinished.size} site job(s) in ${crawl.address.label}; start workers with: schoolscan worker --queue ${crawl.address.label}`);

    let lastRenewal = Date.now();
    let lastReconcile = Date.now();
    while (unfinished.size > 0 && !signal.aborted) {
      for (const job of (await queue.getJobs(['completed'], 0, 99, true)) as SiteJob[]) {
        collected(await collectCompleted(job, crawl, crawlId, redis), job.returnvalue?.worker);
      }
      for (const job of (await queue.getJobs(['failed'], 0, 99, true)) as SiteJob[]) {
        await collectFailed(job, crawl, crawlId, unfinished, byState);
      }
      if (redisCameBack || Date.now() - lastRenewal > CLAIM_TTL_MS / 3) {
        if (!(await publish())) break;
        lastRenewal = Date.now();
      }
      if (redisCameBack || Date.now() - lastReconcile > RECONCILE_MS) {
        if (redisCameBack) {
          // A restarted Redis starts a new event stream, which the old reader would never see.
          await events.close();
          events = listenToWorkers(crawl, siteOfJob);
        }
        redisCameBack = false;
        const parked = await parkedJobIds(dir);
        await addSites(queue, crawlId, [...unfinished.values()].filter((s) => !parked.has(jobIdOf(s.siteId))));
        lastReconcile = Date.now();
      }
      await sleep(crawl.pollMs ?? 500, signal);
    }
    // Finished: the crawl closes, so jobs of it that linger anywhere fail as stale instead of being crawled.
    if (unfinished.size === 0) await closeCrawl(redis, crawlId);
  } finally {
    await releaseQueue(redis, crawlId).catch(() => {});
    await Promise.allSettled([events?.close(), queue.close()]);
    redis.removeAllListeners().on('error', () => {});
    redis.disconnect();
  }
  return stopped();

  /** The run so far; interrupted (continue with --resume) when stopped, or refused the queue, before the end. */
  function stopped(): RunResult {
    const sites = Object.values(byState).reduce((a, b) => a + b, 0);
    return { sites, byState, interrupted: signal.aborted || refused };
  }
}

/** Parks a completed job's bundle in the crawl folder, removes job and bundle from Redis, then applies it. */
async function collectCompleted(job: SiteJob, crawl: QueuedCrawl, crawlId: string, redis: Redis): Promise<CollectedSite[]> {
  if (job.data?.crawlId !== crawlId) {
    crawl.progress.info(`removing finished job ${job.id} of another crawl (${job.data?.crawlId ?? 'unknown'})`);
    await job.remove();
    return [];
  }
  const key = job.returnvalue?.resultKey;
  const blob = key ? await redis.getBuffer(key) : null;
  if (!blob) {
    crawl.progress.warn(`${job.data.site.siteId}: its results are gone from Redis; the site is crawled again`);
    await job.remove();
    return [];
  }
  await parkBundle(crawl.dir, job.id!, blob);
  await job.remove();
  await redis.del(key!);
  return applyParkedBundles(crawl.dir, crawl.store);
}

/** A job that failed for good: its site is failed in the crawl folder, with the reason in failed-jobs.jsonl. */
async function collectFailed(job: SiteJob, crawl: QueuedCrawl, crawlId: string, unfinished: Map<string, NewSite>, byState: RunResult['byState']): Promise<void> {
  const siteId = job.data?.site?.siteId;
  if (job.data?.crawlId !== crawlId || !siteId || !unfinished.has(siteId)) {
    crawl.progress.info(`removing failed job ${job.id}, not an unfinished site of this crawl: ${job.failedReason}`);
    await job.remove();
    return;
  }
  await job.remove();
  // Taken while Redis had just lost the crawl's settings (a restart): not the site's fault; it is queued again.
  if (/^stale job/.test(job.failedReason)) return;
  const line = { siteId, jobId: job.id, reason: job.failedReason, attempts: job.attemptsMade, worker: job.processedBy, at: new Date().toISOString() };
  await appendFile(join(crawl.dir, FAILED_JOBS_FILE), `${JSON.stringify(line)}\n`);
  await crawl.store.finishSite(siteId, 'failed', 'internal');
  unfinished.delete(siteId);
  byState.failed++;
  crawl.progress.jobFailed(siteId, job.failedReason);
}
