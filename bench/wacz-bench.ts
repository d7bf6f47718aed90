// What recording the web archive costs: the test web's school sites crawled with --no-wacz and with the
// archive on (the default, WACZ packaging included), alternating, two rounds each. Reports pages/s, the
// crawler process's CPU ms per fetched page, and archive bytes per page. The aim is under 15% extra CPU.
// `npx tsx bench/wacz-bench.ts` prints the table; bench/run.ts calls benchWacz().
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startTestWeb, writeSeedFiles } from '../test/sites/server.ts';
import type { BenchResult } from './bench-types.ts';

const MAX_PAGES = 25;
const ROUNDS = 2;
const CHILD_FLAG = '--crawl-child';

interface RunFigures {
  pages: number;
  wallMs: number;
  cpuMs: number;
  warcBytes: number;
  waczBytes: number;
}

export async function benchWacz(): Promise<BenchResult> {
  const web = await startTestWeb({ version: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'bench-wacz-'));
  try {
    const seeds = (await writeSeedFiles(web, dir)).urls;
    const runs: Record<'off' | 'on', RunFigures[]> = { off: [], on: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ['off', 'on'] as const) {
        const out = join(dir, `${mode}-${round}`);
        const args = ['crawl', '--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', '0', '--concurrency', '8', '--max-pages', String(MAX_PAGES),
          '--no-screenshots', '--timeout-ms', '5000', '--out', out, '--quiet', ...(mode === 'off' ? ['--no-wacz'] : [])];
        runs[mode].push(await crawlOnce(args, out));
        rmSync(out, { recursive: true, force: true });
      }
    }
    return table(runs.off, runs.on, web.sites.length);
  } finally {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(off: RunFigures[], on: RunFigures[], sites: number): BenchResult {
  const sum = (runs: RunFigures[], key: keyof RunFigures) => runs.reduce((n, r) => n + r[key], 0);
  const perPage = (runs: RunFigures[], key: keyof RunFigures) => sum(runs, key) / sum(runs, 'pages');
  const rate = (runs: RunFigures[]) => sum(runs, 'pages') / (sum(runs, 'wallMs') / 1000);
  const cpuOff = perPage(off, 'cpuMs');
  const cpuOn = perPage(on, 'cpuMs');
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    name: 'wacz',
    rows: [
      { measure: `pages fetched per crawl (${sites} sites, --max-pages ${MAX_PAGES})`, value: Math.round(sum(on, 'pages') / on.length) },
      { measure: 'pages/s without archive (--no-wacz)', value: round1(rate(off)) },
      { measure: 'pages/s with archive', value: round1(rate(on)) },
      { measure: 'CPU ms per page without archive', value: round1(cpuOff) },
      { measure: 'CPU ms per page with archive', value: round1(cpuOn) },
      { measure: 'extra CPU per page (%)', value: round1(((cpuOn - cpuOff) / cpuOff) * 100) },
      { measure: 'WARC bytes per page', value: Math.round(perPage(on, 'warcBytes')) },
      { measure: 'WACZ bytes per page', value: Math.round(perPage(on, 'waczBytes')) },
    ],
    notes: [
      `crawler process only (user + system CPU, WACZ packaging included); ${ROUNDS} alternating rounds each; no screenshots, delay 0`,
      'aim: under 15% extra CPU per page',
    ],
  };
}

/** Runs the CLI in a child process that reports its own CPU time when it is done. */
async function crawlOnce(args: string[], out: string): Promise<RunFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`crawl exited ${code}`);
  const cpu = JSON.parse(stdout.trim().split('\n').at(-1)!) as { cpuMs: number };
  const pages = readFileSync(join(out, 'pages.jsonl'), 'utf8').split('\n').filter((l) => l && !l.includes('"stage":"none"')).length;
  return { pages, wallMs, cpuMs: cpu.cpuMs, warcBytes: folderBytes(join(out, 'archive')), waczBytes: folderBytes(join(out, 'wacz')) };
}

function folderBytes(dir: string): number {
  try {
    return readdirSync(dir).reduce((n, name) => n + statSync(join(dir, name)).size, 0);
  } catch {
    return 0;
  }
}

async function runAsChild(args: string[]): Promise<void> {
  const { main } = await import('../crawler/src/cli/main.ts');
  const code = await main(args);
  const usage = process.cpuUsage();
  process.stdout.write(`\n${JSON.stringify({ cpuMs: (usage.user + usage.system) / 1000 })}\n`);
  process.exit(code);
}

if (process.argv[2] === CHILD_FLAG) {
  await runAsChild(process.argv.slice(3));
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchWacz();
  for (const row of result.rows) console.log(`${row.measure.padEnd(52)} ${row.value}`);
  for (const note of result.notes ?? []) console.log(`note: ${note}`);
}
