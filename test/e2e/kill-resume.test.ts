// kill -9 in the middle of a crawl, then --resume: the findings must equal those of an uninterrupted crawl.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWeb } from '../sites/server.ts';
import type { TestWeb } from '../sites/types.ts';
import { readJsonl, runSchoolscan, spawnSchoolscan, type FindingLine, type PageLine } from './cli-harness.ts';
import { findingKeyString, type CrawlFinding } from '../../crawler/src/store/index.ts';

let web: TestWeb;
let dir: string;
let seeds: string;

const options = () => ['--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', '0', '--concurrency', '3', '--no-screenshots', '--quiet'];

beforeAll(async () => {
  web = await startTestWeb({ version: 1 });
  dir = mkdtempSync(join(tmpdir(), 'e2e-kill-'));
  seeds = join(dir, 'seeds.txt');
  writeFileSync(seeds, web.sites.slice(0, 6).map((s) => s.seedUrl).join('\n'));
}, 60_000);

afterAll(async () => {
  await web?.close();
});

/** Pages committed so far, read from the store the way a second process would (WAL lets it). */
function storedPages(out: string): number {
  const file = join(out, 'crawl.sqlite');
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM frontier WHERE state IN ('done', 'failed')`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // the schema may not exist yet
  }
}

/** Starts the CLI and kills it with SIGKILL once `pages` pages are stored; false when it finished first. */
async function killAfter(out: string, args: string[], pages: number): Promise<boolean> {
  const child = spawnSchoolscan(args);
  while (storedPages(out) < pages) {
    if (child.exitCode !== null) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  return (await child.result).signal === 'SIGKILL';
}

const keysOf = (out: string) => readJsonl<FindingLine>(join(out, 'findings.jsonl')).map((f) => findingKeyString(f as unknown as CrawlFinding));
const urlsOf = (out: string) => readJsonl<PageLine>(join(out, 'pages.jsonl')).map((p) => `${p.url} ${p.state} ${p.error}`).sort();

describe('kill -9 and --resume', () => {
  let reference: string;
  let expected: string[];

  beforeAll(async () => {
    reference = join(dir, 'reference');
    expect((await runSchoolscan(['crawl', ...options(), '--out', reference])).code).toBe(0);
    expected = keysOf(reference);
  }, 300_000);

  it('ends with exactly the findings of an uninterrupted crawl: none lost, none doubled', async () => {
    expect(expected.length).toBeGreaterThan(0);

    const killed = join(dir, 'killed');
    expect(await killAfter(killed, ['crawl', ...options(), '--out', killed], 15)).toBe(true);
    // A second kill, of the resumed process, when the crawl is long enough to allow it.
    await killAfter(killed, ['crawl', '--resume', killed, '--quiet'], storedPages(killed) + 10);
    const resumed = await runSchoolscan(['crawl', '--resume', killed, '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);

    const got = keysOf(killed);
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual([...expected].sort());
    expect(urlsOf(killed)).toEqual(urlsOf(reference));
  });
});

describe('Ctrl-C', () => {
  it('stops cleanly with exit 130, writes what it has, and resumes to the same result', async () => {
    const out = join(dir, 'interrupted');
    const child = spawnSchoolscan(['crawl', ...options().filter((o) => o !== '--quiet'), '--out', out]);
    while (storedPages(out) < 10 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    const stopped = await child.result;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/--resume/);
    expect(readJsonl<PageLine>(join(out, 'pages.jsonl')).some((p) => p.state === 'queued')).toBe(true);

    expect((await runSchoolscan(['crawl', '--resume', out, '--quiet'])).code).toBe(0);
    expect(urlsOf(out)).toEqual(urlsOf(join(dir, 'reference')));
  });
});
