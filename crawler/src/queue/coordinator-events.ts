// What the coordinator hears besides the results: the workers' live figures and lost workers (for the
// progress view only; results are collected by polling the queue) and the state of its Redis connection.
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { QueuedCrawl } from './coordinator.ts';
import type { SiteProgress } from './job-progress.ts';
import type { QueueProgress } from './queue-progress.ts';
import { SITE_QUEUE } from './redis-url.ts';

/** Live figures and lost workers, for the progress view only: results are collected by polling the queue. */
export function listenToWorkers(crawl: QueuedCrawl, siteOfJob: Map<string, string>): QueueEvents {
  const events = new QueueEvents(SITE_QUEUE, { connection: crawl.address.connection });
  events.on('progress', ({ data }) => crawl.progress.siteProgress(data as SiteProgress));
  events.on('stalled', ({ jobId }) => {
    const siteId = siteOfJob.get(jobId);
    if (siteId) crawl.progress.siteRequeued(siteId);
    crawl.progress.warn(`${siteId ?? jobId}: its worker stopped answering; the site is back in the queue`);
  });
  return events;
}

/** Redis going away is reported once, and its return once; `cameBack` lets the coordinator check its jobs. */
export function watchRedis(redis: Redis, label: string, progress: QueueProgress, cameBack: () => void): void {
  let down = false;
  const lost = (error?: Error) => {
    if (down) return;
    down = true;
    progress.warn(`Redis at ${label} unreachable (${error?.message ?? 'connection closed'}); waiting for it to come back`);
  };
  redis.on('error', lost);
  redis.on('close', () => lost());
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    progress.info(`Redis at ${label} is back; checking that every unfinished site still has its job`);
    cameBack();
  });
}
