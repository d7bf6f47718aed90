// Crawl speed against Crawlee: the test web's school sites crawled over HTTP with no delay by the real
// `schoolscan crawl` CLI (render never, no screenshots, no WACZ) and by Crawlee 3's CheerioCrawler
// (bench/crawlee-run.ts), both at concurrency 8 and at most 200 pages per site, alternating, ROUNDS each,
// against one test web. Reports pages, wall time, pages/s, CPU ms per page and peak RSS of each, and the
// ratios schoolscan / Crawlee. `npx tsx bench/crawl-bench.ts` prints the table; bench/run.ts calls benchCrawl().
//
// How it is measured. Each crawler is a child process started the same way (node with tsx), under GNU
// `/usr/bin/time -f '%U %S %M'`, which reports the child's user + system CPU and its peak RSS (ru_maxrss)
// once it has exited: nothing is sampled, so nothing is missed, and start-up (tsx, imports) is counted for
// both. Without GNU time the child instead preloads a module that writes process.resourceUsage() (same
// figures, same rusage source) on exit. Wall time is the parent's clock from spawn to exit; the crawl span
// is first to last request in the test web's request log, so pages/s is not diluted by start-up.
// Only the school sites are crawled (the hostile hosts measure time-outs, not speed), and not the one
// whose robots.txt asks for Crawl-delay: 1 — schoolscan obeys it (a 40-page site then takes 40 s) and
// Crawlee does not, so it would measure politeness rather than speed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startTestWeb } from '../test/sites/server.ts';
import type { TestWeb } from '../test/sites/types.ts';
import type { BenchResult } from './bench-types.ts';

const CONCURRENCY = 8;
const MAX_PAGES = 200;
const ROUNDS = 2;
const ROOT = join(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';

type Crawler = 'schoolscan' | 'crawlee';

interface RunFigures {
  pages: number;
  requests: number;
  wallMs: number;
  crawlMs: number;
  cpuMs: number;
  peakRssKb: number;
}

export async function benchCrawl(): Promise<BenchResult> {
  const load = loadavg()[0].toFixed(1);
  const web = await startTestWeb({ version: 1, log: false });
  const dir = mkdtempSync(join(tmpdir(), 'bench-crawl-'));
  try {
    const sites = web.sites.filter((site) => !site.crawlDelaySeconds);
    const seeds = join(dir, 'urls.txt');
    writeFileSync(seeds, `${sites.map((site) => site.seedUrl).join('\n')}\n`);
    const runs: Record<Crawler, RunFigures[]> = { schoolscan: [], crawlee: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const out = join(dir, `schoolscan-${round}`);
      runs.schoolscan.push(await measure(web, dir, [join(ROOT, 'bin', 'schoolscan.js'), 'crawl', '--seeds', seeds, '--host-map', '*.test=127.0.0.1',
        '--delay-ms', '0', '--render', 'never', '--no-screenshots', '--no-wacz', '--concurrency', String(CONCURRENCY), '--max-pages', String(MAX_PAGES),
        '--quiet', '--out', out], () => schoolscanPages(out)));
      rmSync(out, { recursive: true, force: true });
      runs.crawlee.push(await measure(web, dir, ['--import', 'tsx', join(import.meta.dirname, 'crawlee-run.ts'), '--seeds', seeds,
        '--concurrency', String(CONCURRENCY), '--max-pages', String(MAX_PAGES)], (stdout) => (JSON.parse(stdout.trim().split('\n').at(-1)!) as { pages: number }).pages));
    }
    return table(runs, sites.length, load);
  } finally {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(runs: Record<Crawler, RunFigures[]>, sites: number, load: string): BenchResult {
  const sum = (crawler: Crawler, key: keyof RunFigures) => runs[crawler].reduce((n, r) => n + r[key], 0);
  const figures = (crawler: Crawler) => ({
    pages: sum(crawler, 'pages') / ROUNDS,
    requests: sum(crawler, 'requests') / ROUNDS,
    wallS: sum(crawler, 'wallMs') / ROUNDS / 1000,
    crawlS: sum(crawler, 'crawlMs') / ROUNDS / 1000,
    rate: sum(crawler, 'pages') / (sum(crawler, 'crawlMs') / 1000),
    wallRate: sum(crawler, 'pages') / (sum(crawler, 'wallMs') / 1000),
    cpuPerPage: sum(crawler, 'cpuMs') / sum(crawler, 'pages'),
    peakMb: Math.max(...runs[crawler].map((r) => r.peakRssKb)) / 1024,
  });
  const ours = figures('schoolscan');
  const theirs = figures('crawlee');
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const rows: BenchResult['rows'] = [];
  for (const [label, f] of [['schoolscan', ours], ['crawlee', theirs]] as const) {
    rows.push(
      { measure: `${label}: pages fetched (status 200)`, value: Math.round(f.pages) },
      { measure: `${label}: HTTP requests`, value: Math.round(f.requests) },
      { measure: `${label}: wall s (process, start-up included)`, value: r2(f.wallS) },
      { measure: `${label}: crawl s (first to last request)`, value: r2(f.crawlS) },
      { measure: `${label}: pages/s (crawl span)`, value: r1(f.rate) },
      { measure: `${label}: pages/s (process wall)`, value: r1(f.wallRate) },
      { measure: `${label}: CPU ms per page (user + sys)`, value: r2(f.cpuPerPage) },
      { measure: `${label}: peak RSS MB`, value: Math.round(f.peakMb) },
    );
  }
  rows.push(
    { measure: 'ratio schoolscan / crawlee: pages/s (crawl span)', value: r2(ours.rate / theirs.rate) },
    { measure: 'ratio schoolscan / crawlee: pages/s (process wall)', value: r2(ours.wallRate / theirs.wallRate) },
    { measure: 'ratio schoolscan / crawlee: CPU ms per page', value: r2(ours.cpuPerPage / theirs.cpuPerPage) },
    { measure: 'ratio schoolscan / crawlee: peak RSS', value: r2(ours.peakMb / theirs.peakMb) },
  );
  return {
    name: 'crawl',
    rows,
    notes: [
      `${sites} school sites of the test web (the Crawl-delay site and the hostile hosts left out), HTTP only, delay 0, concurrency ${CONCURRENCY}, `
        + `at most ${MAX_PAGES} pages per site; mean of ${ROUNDS} alternating runs each, peak RSS the larger`,
      'schoolscan is the full tool as it runs: robots.txt and sitemaps, PDF text extraction, classification of every page, '
        + 'SQLite store and the output files; Crawlee (CheerioCrawler, in-memory storage) fetches, parses with cheerio and takes text and links only',
      'concurrency: schoolscan crawls 8 sites at once, one request per host at a time; Crawlee keeps 8 requests in flight over any hosts',
      'CPU and peak RSS are per crawler process (user + system, start-up included), from GNU time or process.resourceUsage() at exit; '
        + 'schoolscan without classification is not measured (the CLI has no switch for it)',
      `load average at start ${load}: pages/s depends on what else runs, CPU ms per page much less`,
    ],
  };
}

/** Runs one crawler process to its end under GNU time (or the resourceUsage preload) and collects its figures. */
async function measure(web: TestWeb, dir: string, nodeArgs: string[], pagesOf: (stdout: string) => number): Promise<RunFigures> {
  const usageFile = join(dir, 'usage.txt');
  rmSync(usageFile, { force: true });
  const [command, args] = gnuTime()
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', usageFile, process.execPath, ...nodeArgs]]
    : [process.execPath, ['--import', USAGE_PRELOAD, ...nodeArgs]];
  const since = performance.timeOrigin + performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_USAGE_FILE: usageFile } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() + performance.timeOrigin - since;
  if (code !== 0) throw new Error(`${nodeArgs.join(' ')} exited ${code}:\n${stderr}`);
  // GNU time writes its line after any "Command exited…" line: take the last one.
  const [user, system, maxRssKb] = readFileSync(usageFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const times = web.requests.filter((r) => r.at >= since).map((r) => r.at);
  return {
    pages: pagesOf(stdout),
    requests: times.length,
    wallMs,
    crawlMs: Math.max(...times) - Math.min(...times),
    cpuMs: (user + system) * 1000,
    peakRssKb: maxRssKb,
  };
}

function schoolscanPages(out: string): number {
  return readFileSync(join(out, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean)
    .filter((line) => (JSON.parse(line) as { status: number | null }).status === 200).length;
}

let hasGnuTime: boolean | undefined;
function gnuTime(): boolean {
  return (hasGnuTime ??= spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', process.execPath, '-e', '0']).status === 0);
}

/** Writes "user-s system-s maxRSS-KB" (GNU time's -f '%U %S %M') to $BENCH_USAGE_FILE when the process exits. */
const USAGE_PRELOAD = `data:text/javascript,${encodeURIComponent(`import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, \`\${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6} \${u.maxRSS}\\n\`);
});`)}`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchCrawl();
  for (const row of result.rows) console.log(`${row.measure.padEnd(52)} ${row.value}`);
  for (const note of result.notes ?? []) console.log(`note: ${note}`);
}
