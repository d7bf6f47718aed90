// Scale-out benchmark: pages per second of one crawl of the local test web, in-process and spread over 1, 2
// and 4 worker processes through a private redis-server, in two settings: delay-bound (a polite per-host
// delay, so throughput comes from crawling many sites at once) and CPU-bound (no delay, so extraction and
// classification decide). Workers and coordinator are the real CLI; the crawl time is measured from the
// test web's request log (first to last request), so process start-up does not count. The workers also
// report the CPU they used, which gives CPU time per page whatever else the machine is busy with.
// `npx tsx bench/scale-out-bench.ts` prints the table; bench/run.ts calls benchScaleOut().
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readJsonl, runSchoolscan, type PageLine } from '../test/e2e/cli-harness.ts';
import { startWorker, waitForLine } from '../test/e2e/scale-out-harness.ts';
import { redisMissing, startRedis, type RedisProcess } from '../test/e2e/scale-out-redis.ts';
import { startTestWeb } from '../test/sites/server.ts';
import type { TestWeb } from '../test/sites/types.ts';
import type { BenchResult } from './bench-types.ts';

interface Setting {
  label: string;
  sites: number;
  maxPages: number;
  delayMs: number;
}

const SETTINGS: Setting[] = [
  { label: 'delay-bound', sites: 24, maxPages: 10, delayMs: 300 },
  { label: 'CPU-bound', sites: 16, maxPages: 20, delayMs: 0 },
];
const WORKER_COUNTS = [1, 2, 4];
/** Sites each worker (and the in-process crawl) crawls at once. */
const SITES_PER_WORKER = 4;

interface Run {
  pages: number;
  seconds: number;
  /** CPU the worker processes used between ready and stop (queued runs only). */
  workerCpuSeconds?: number;
}

export async function benchScaleOut(): Promise<BenchResult> {
  const missing = redisMissing();
  if (missing) return { name: 'scale-out', rows: [], notes: [`skipped: ${missing}`] };
  const [redis, web] = await Promise.all([startRedis(), startTestWeb({ version: 1, log: false })]);
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-scale-'));
  const load = os.loadavg()[0].toFixed(1);
  const rows: BenchResult['rows'] = [];
  let db = 0;
  try {
    for (const setting of SETTINGS) {
      const args = crawlArgs(setting, seedsFile(web, dir, setting));
      const inProcess = join(dir, `${setting.label}-in-process`);
      const single = await measure(web, inProcess, async () => {
        await runSchoolscan(['crawl', ...args, '--concurrency', String(SITES_PER_WORKER), '--out', inProcess]);
        return undefined;
      });
      rows.push({ measure: `${setting.label}: pages/s in-process (${SITES_PER_WORKER} sites at once)`, value: rate(single) });
      const cpuMs: string[] = [];
      for (const workers of WORKER_COUNTS) {
        const out = join(dir, `${setting.label}-${workers}`);
        const run = await measure(web, out, () => queuedCrawl(redis, ++db, workers, [...args, '--out', out]));
        rows.push({ measure: `${setting.label}: pages/s with ${workers} worker${workers > 1 ? 's' : ''}`, value: rate(run) });
        cpuMs.push(String(Math.round(((run.workerCpuSeconds ?? 0) * 1000) / run.pages)));
      }
      rows.push({ measure: `${setting.label}: worker CPU ms per page (1, 2, 4 workers)`, value: cpuMs.join(', ') });
      rows.push({ measure: `${setting.label}: sites × page cap, delay`, value: `${setting.sites} × ${setting.maxPages}, ${setting.delayMs} ms` });
    }
  } finally {
    await Promise.all([web.close(), redis.stop()]);
  }
  return {
    name: 'scale-out',
    rows,
    notes: [
      `${os.cpus().length} cores (load average ${load} at the start); workers, coordinator, test web and Redis share them; ${SITES_PER_WORKER} sites at once per worker`,
      'crawl time = first to last request in the test web log (process start-up excluded); --render never, no screenshots, no WARCs',
      'per-IP limit off (--ip-connections 0): the whole test web is one address, 127.0.0.1; sites with a robots.txt Crawl-delay left out',
    ],
  };
}

function seedsFile(web: TestWeb, dir: string, setting: Setting): string {
  // A site with a robots.txt Crawl-delay would make the run's tail, not its throughput.
  const sites = web.sites.filter((s) => s.crawlDelaySeconds === undefined).slice(0, setting.sites);
  const file = join(dir, `${setting.label}.txt`);
  writeFileSync(file, sites.map((s) => s.seedUrl).join('\n'));
  return file;
}

function crawlArgs(setting: Setting, seeds: string): string[] {
  return [
    '--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', String(setting.delayMs), '--max-pages', String(setting.maxPages),
    '--render', 'never', '--no-screenshots', '--no-wacz', '--ip-connections', '0', '--quiet',
  ];
}

/** Workers first (ready before the coordinator enqueues), then the coordinator until it has collected every site. */
async function queuedCrawl(redis: RedisProcess, db: number, workers: number, args: string[]): Promise<number> {
  const url = redis.url.replace(/\/0$/, `/${db}`);
  const started = Array.from({ length: workers }, (_, i) => startWorker(['worker', '--queue', url, '--concurrency', String(SITES_PER_WORKER), '--name', `b${i + 1}`]));
  try {
    await Promise.all(started.map((w) => waitForLine(w, /taking site jobs/)));
    const result = await runSchoolscan(['crawl', ...args, '--queue', url]);
    if (result.code !== 0) throw new Error(`queued crawl failed (${result.code}): ${result.stderr}`);
  } finally {
    await Promise.all(started.map((w) => w.stop()));
  }
  return started.reduce((sum, w) => sum + Number(/([\d.]+) s of CPU since ready/.exec(w.log())?.[1] ?? 0), 0);
}

async function measure(web: TestWeb, out: string, crawl: () => Promise<number | undefined>): Promise<Run> {
  const since = performance.timeOrigin + performance.now();
  const workerCpuSeconds = await crawl();
  const times = web.requests.filter((r) => r.at >= since).map((r) => r.at);
  const pages = readJsonl<PageLine>(join(out, 'pages.jsonl')).filter((p) => p.status !== null || p.state === 'failed').length;
  return { pages, seconds: (Math.max(...times) - Math.min(...times)) / 1000, workerCpuSeconds };
}

function rate(run: Run): number {
  return Math.round((run.pages / run.seconds) * 10) / 10;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchScaleOut();
  for (const row of result.rows) console.log(`${row.measure.padEnd(56)} ${row.value}`);
  for (const note of result.notes ?? []) console.log(`note: ${note}`);
}
