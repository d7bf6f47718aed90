// One crawl spread over worker processes through Redis (BullMQ): the real CLI as coordinator and workers
// against the test web. The findings must equal a single-process crawl's, also when a worker is killed
// with kill -9 half-way through a site, and the request log must show per-host politeness across workers.
// The web archive (WARCs, WACZ) travels with each site's results and verifies in the coordinator's folder.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_QUEUE } from '../../crawler/src/queue/redis-url.ts';
import { findingKeyString, type CrawlFinding } from '../../crawler/src/store/index.ts';
import { startTestWeb } from '../sites/server.ts';
import type { TestWeb } from '../sites/types.ts';
import { readJsonl, runSchoolscan, spawnSchoolscan, type CliResult, type FindingLine, type PageLine } from './cli-harness.ts';
import { gapsByHost, startWorker, waitForLine, type WorkerProcess } from './scale-out-harness.ts';
import { redisMissing, startRedis, type RedisProcess } from './scale-out-redis.ts';

const missing = redisMissing();
if (missing) console.warn(`scale-out tests skipped: ${missing}`);

const DELAY_MS = 120;
/** Arrival times carry a little scheduling jitter on a busy machine. */
const JITTER_MS = 15;
/** How long a killed worker's site and politeness slots stay its own. Short, to keep the test short. */
const LOCK_MS = '3000';

let redis: RedisProcess;
let web: TestWeb;
let dir: string;
let seeds: string;
let reference: { keys: string[]; urls: string[] };

const crawlOptions = () => [
  '--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', String(DELAY_MS), '--max-pages', '12', '--render', 'never',
  '--no-screenshots', '--quiet',
];
const keysOf = (out: string) => readJsonl<FindingLine>(join(out, 'findings.jsonl')).map((f) => findingKeyString(f as unknown as CrawlFinding));
const urlsOf = (out: string) => readJsonl<PageLine>(join(out, 'pages.jsonl')).map((p) => `${p.url} ${p.state} ${p.error}`).sort();
const workerArgs = (db: number, name: string, concurrency = 1) =>
  ['worker', '--queue', `${redis.url.replace(/\/0$/, `/${db}`)}`, '--lock-ms', LOCK_MS, '--concurrency', String(concurrency), '--name', name];

beforeAll(async () => {
  if (missing) return;
  [redis, web] = await Promise.all([startRedis(), startTestWeb({ version: 1 })]);
  dir = mkdtempSync(join(tmpdir(), 'e2e-scale-'));
  seeds = join(dir, 'seeds.txt');
  // Three sites in folders of one host (shared hosting): jobs of one host on different workers at once.
  const shared = web.sites.find((s) => s.pages.includes('/nieuws') && s.pages.includes('/ouders/kosten'))!;
  const folders = ['/nieuws', '/ouders/kosten', '/ouders/documenten'].map((p) => `http://${shared.host}:${web.port}${p}`);
  const others = web.sites.filter((s) => s !== shared).slice(0, 5).map((s) => s.seedUrl);
  writeFileSync(seeds, [...folders, ...others].join('\n'));
  const out = join(dir, 'reference');
  const single = await runSchoolscan(['crawl', ...crawlOptions(), '--out', out]);
  expect(single.code, single.stderr).toBe(0);
  reference = { keys: keysOf(out).sort(), urls: urlsOf(out) };
}, 300_000);

afterAll(async () => {
  await Promise.all([web?.close(), redis?.stop()]);
});

/** Runs the coordinator on database `db` while `workers` run; stops the workers afterwards. */
async function coordinate(db: number, out: string, workers: WorkerProcess[], during?: () => Promise<void>): Promise<CliResult> {
  const coordinator = spawnSchoolscan(['crawl', ...crawlOptions(), '--queue', redis.url.replace(/\/0$/, `/${db}`), '--out', out]);
  await during?.();
  const result = await coordinator.result;
  await Promise.all(workers.map((w) => w.stop()));
  return result;
}

describe.skipIf(missing)('crawl spread over workers through Redis', () => {
  it('three workers give exactly the findings and pages of a single-process crawl, politely', async () => {
    expect(reference.keys.length).toBeGreaterThan(0);
    const started = performance.timeOrigin + performance.now();
    const workers = ['w1', 'w2', 'w3'].map((name) => startWorker(workerArgs(1, name)));
    const out = join(dir, 'three-workers');
    const result = await coordinate(1, out, workers);
    expect(result.code, result.stderr).toBe(0);

    const keys = keysOf(out);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(reference.keys);
    expect(urlsOf(out)).toEqual(reference.urls);
    // The work was shared.
    expect(workers.filter((w) => /: (finished|partial|failed)/.test(w.log())).length).toBeGreaterThanOrEqual(2);
    // The web archive travelled with the sites: the same WARC files, and every finding checks out against them.
    expect(readdirSync(join(out, 'archive')).sort()).toEqual(readdirSync(join(dir, 'reference', 'archive')).sort());
    const verify = await runSchoolscan(['verify', out]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);

    const { smallest, requests } = gapsByHost(web.requests.filter((r) => r.at >= started));
    expect(requests).toBeGreaterThan(40);
    expect(smallest).toBeGreaterThanOrEqual(DELAY_MS - JITTER_MS);
  });

  it('a worker killed with kill -9 mid-site loses nothing and doubles nothing', async () => {
    const started = performance.timeOrigin + performance.now();
    const victim = startWorker(workerArgs(2, 'victim', 2));
    const survivor = startWorker(workerArgs(2, 'survivor'));
    const late: WorkerProcess[] = [];
    const out = join(dir, 'killed-worker');
    let killedSite = '';
    const result = await coordinate(2, out, [victim, survivor, ...late], async () => {
      killedSite = (await waitForLine(victim, /^\S+ (\S+): started/))[1];
      // Some pages in: the site is half-way when the worker dies.
      await new Promise((r) => setTimeout(r, 4 * DELAY_MS));
      victim.kill('SIGKILL');
      late.push(startWorker(workerArgs(2, 'replacement')));
    });
    await Promise.all(late.map((w) => w.stop()));
    expect(result.code, result.stderr).toBe(0);
    expect(victim.log()).not.toMatch(new RegExp(`${escape(killedSite)}: (finished|partial|failed)`));
    expect(result.stderr).toMatch(/stopped answering/);
    expect([survivor, ...late].some((w) => new RegExp(`${escape(killedSite)}: (finished|partial|failed)`).test(w.log()))).toBe(true);

    const keys = keysOf(out);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(reference.keys);
    expect(urlsOf(out)).toEqual(reference.urls);
    expect(gapsByHost(web.requests.filter((r) => r.at >= started)).smallest).toBeGreaterThanOrEqual(DELAY_MS - JITTER_MS);
  });
});

describe.skipIf(missing)('jobs a worker must not crawl', () => {
  it('end failed, at once, with the reason: bad data, or a crawl that is not open', async () => {
    const connection = { host: '127.0.0.1', port: redis.port, db: 3, maxRetriesPerRequest: null };
    const queue = new Queue(SITE_QUEUE, { connection });
    const worker = startWorker(workerArgs(3, 'judge'));
    try {
      const options = { attempts: 3 };
      await queue.add('site', { format: 99, crawlId: 'x', site: { siteId: 'a.test' } }, { ...options, jobId: 'bad-format' });
      await queue.add('site', { format: 1, crawlId: 'x', site: { siteId: 'b.test', seedUrls: ['ftp://b.test/'], locations: [] } }, { ...options, jobId: 'bad-site' });
      const stale = { format: 1, crawlId: 'no-such-crawl', site: { siteId: 'c.test', seedUrls: ['http://c.test/'], locations: [] } };
      await queue.add('site', stale, { ...options, jobId: 'stale' });
      const failed = await Promise.all(['bad-format', 'bad-site', 'stale'].map((id) => settled(queue, id)));
      expect(failed.map((j) => j.state)).toEqual(['failed', 'failed', 'failed']);
      expect(failed[0].reason).toMatch(/^bad job: job format 99, this worker reads format 1/);
      expect(failed[1].reason).toMatch(/^bad job: site b\.test has no usable start URL/);
      expect(failed[2].reason).toMatch(/^stale job: crawl no-such-crawl is not open/);
      expect(failed.map((j) => j.attempts)).toEqual([1, 1, 1]);
    } finally {
      await worker.stop();
      await queue.close();
    }
  });
});

describe.skipIf(missing)('Redis restarting mid-crawl', () => {
  it('is reported, and the crawl still ends with the findings of a single-process crawl', async () => {
    const workers = ['r1', 'r2'].map((name) => startWorker(workerArgs(4, name, 2)));
    const out = join(dir, 'redis-restart');
    const result = await coordinate(4, out, workers, async () => {
      await waitForLine(workers[0], /: (finished|partial|failed)/);
      // No persistence: the restarted Redis is empty, jobs and crawl settings included.
      await redis.restart();
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/4 unreachable/);
    expect(workers.some((w) => /Redis unreachable/.test(w.log()))).toBe(true);
    const keys = keysOf(out);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(reference.keys);
    expect(urlsOf(out)).toEqual(reference.urls);
  });
});

/** Waits until the job has failed or completed; its state, failure reason and attempts made. */
async function settled(queue: Queue, id: string): Promise<{ state: string; reason?: string; attempts: number }> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    // State first, then the job: a job object read before it failed would carry no failure reason yet.
    const state = await queue.getJobState(id);
    if (state !== 'failed' && state !== 'completed') continue;
    const job = await queue.getJob(id);
    if (job) return { state, reason: job.failedReason, attempts: job.attemptsMade };
  }
  throw new Error(`job ${id} did not settle`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
