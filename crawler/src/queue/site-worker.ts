// `schoolscan worker`: a BullMQ worker that takes site jobs until stopped. Each job is crawled into a job
// folder of its own (site-in-folder.ts); the finished site's bundle is parked in Redis under a key the job
// returns, and the coordinator collects it. Killed with kill -9, the worker's jobs stall, BullMQ hands
// them to another worker after the lock lapses, and that worker starts the sites again from scratch.
import { join } from 'node:path';
import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { modelSha256 } from '../cli/manifest.ts';
import { readCrawl, registryKeys, RESULT_TTL_SECONDS, type QueuedCrawlSettings } from './crawl-registry.ts';
import { JobProgressReporter } from './job-progress.ts';
import type { QueueAddress } from './redis-url.ts';
import { SITE_QUEUE } from './redis-url.ts';
import { encodeBundle } from './site-bundle.ts';
import { crawlSiteInFolder } from './site-in-folder.ts';
import { journalCounts } from './site-journal.ts';
import { problemWithJobData, type SiteJobData, type SiteJobResult } from './site-job.ts';
import { buildWorkerCrawl, type WorkerCrawl } from './worker-deps.ts';

export interface SiteWorkerOptions {
  address: QueueAddress;
  /** This worker in logs, progress and job records (host:pid by default). */
  name: string;
  /** Sites crawled at once. */
  concurrency: number;
  /** A dead worker's jobs and politeness slots are taken over after this long. */
  lockMs: number;
  /** This worker's own folder for job folders. */
  workDir: string;
  log(line: string): void;
}

export interface RunningWorker {
  /** Stops taking jobs; sites in hand stop after their current page and go back to the queue. */
  stop(): Promise<void>;
  /** Resolves once the worker has stopped. */
  closed: Promise<void>;
  /** Why the worker stopped on its own, if it did. */
  failure?: string;
}

export async function startSiteWorker(options: SiteWorkerOptions): Promise<RunningWorker> {
  const redis = new Redis(options.address.connection);
  const shutdown = new AbortController();
  const crawls = new Map<string, WorkerCrawl>();
  const observer = { warn: (message: string) => options.log(`warning: ${message}`) };
  const handedIn = { sites: 0, pages: 0 };
  const ourModel = modelSha256();
  let failure: string | undefined;

  const crawlOf = (settings: QueuedCrawlSettings): WorkerCrawl => {
    let crawl = crawls.get(settings.crawlId);
    if (!crawl) {
      crawl = buildWorkerCrawl(settings, {
        redis, owner: options.name, workDir: options.workDir, slotLeaseMs: options.lockMs, observer, signal: shutdown.signal,
      });
      crawls.set(settings.crawlId, crawl);
    }
    return crawl;
  };

  const processSite = async (job: Job<SiteJobData, SiteJobResult>, token?: string): Promise<SiteJobResult> => {
    const problem = problemWithJobData(job.data);
    if (problem) throw new UnrecoverableError(`bad job: ${problem}`);
    const { crawlId, site } = job.data;
    const settings = await readCrawl(redis, crawlId);
    if (!settings) throw new UnrecoverableError(`stale job: crawl ${crawlId} is not open (its coordinator ended it, or it never existed)`);
    if (settings.modelSha256 && settings.modelSha256 !== ourModel) {
      // Not the job's fault: this worker would judge pages differently from the rest of the crawl. It steps aside.
      if (!failure) {
        failure = `this worker's classifier model (sha256 ${ourModel?.slice(0, 12)}) is not the crawl's (${settings.modelSha256.slice(0, 12)}); update schoolscan here`;
        options.log(`warning: ${failure}. Stopping.`);
      }
      await job.moveToWait(token);
      void stop();
      throw new WaitingError();
    }
    options.log(`${site.siteId}: started (crawl ${settings.folder}, attempt ${job.attemptsStarted})`);
    const progress = new JobProgressReporter(job, options.name, site.siteId);
    const outcome = await crawlSiteInFolder(site, crawlOf(settings), {
      dir: join(options.workDir, `${job.id}-${token ?? 'job'}`), signal: shutdown.signal, observer: { ...observer, pageDone: progress.pageDone },
    });
    progress.stop();
    if (outcome.interrupted) {
      await job.moveToWait(token);
      options.log(`${site.siteId}: stopped half-way, back in the queue`);
      throw new WaitingError();
    }
    const blob = encodeBundle(outcome.bundle);
    const resultKey = registryKeys.result(job.id!, token ?? 'job');
    await redis.set(resultKey, blob, 'EX', RESULT_TTL_SECONDS);
    const counts = journalCounts(outcome.bundle.journal);
    const { state, reason } = outcome.result;
    handedIn.sites++;
    handedIn.pages += counts.pages;
    options.log(`${site.siteId}: ${state}${reason ? ` (${reason})` : ''}, ${counts.pages} pages, ${counts.findings} findings, ${blob.byteLength} bytes of results`);
    return { resultKey, worker: options.name, state, ...counts, bytes: blob.byteLength };
  };

  const worker = new Worker<SiteJobData, SiteJobResult>(SITE_QUEUE, processSite, {
    connection: options.address.connection,
    name: options.name,
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    // A site that kills its worker twice (a page that eats all memory, say) ends failed instead of looping.
    maxStalledCount: 2,
  });
  watchConnection(worker, redis, options.log);
  worker.on('failed', (job, error) => {
    if (job && !(error instanceof WaitingError)) options.log(`${job.data?.site?.siteId ?? job.id}: job failed: ${error.message}`);
  });

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    shutdown.abort(new Error('worker stopping'));
    await worker.close();
    const cpu = process.cpuUsage(cpuAtReady);
    options.log(`worker ${options.name} stopped: ${handedIn.sites} site(s), ${handedIn.pages} pages handed in, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s of CPU since ready`);
    await Promise.allSettled([...crawls.values()].map((c) => c.close()));
    redis.removeAllListeners().on('error', () => {});
    await redis.quit().catch(() => redis.disconnect());
  })());
  const closed = new Promise<void>((resolve) => worker.on('closed', () => resolve()));
  await worker.waitUntilReady();
  const cpuAtReady = process.cpuUsage();
  options.log(`worker ${options.name} taking site jobs from ${options.address.label} (${options.concurrency} at a time)`);
  return { stop, closed, get failure() { return failure; } };
}

/** Redis going away is reported once, and its return once: the worker waits for it rather than failing jobs. */
function watchConnection(worker: Worker, redis: Redis, log: (line: string) => void): void {
  let down = false;
  const lost = (error?: Error) => {
    if (down) return;
    down = true;
    log(`Redis unreachable (${error?.message ?? 'connection closed'}); waiting for it to come back`);
  };
  redis.on('error', lost);
  redis.on('close', () => lost());
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log('Redis is back; continuing');
  });
  worker.on('error', (error) => {
    if (!down && !/ECONNREFUSED|ECONNRESET|Connection is closed/.test(error.message)) log(`queue error: ${error.message}`);
  });
}
