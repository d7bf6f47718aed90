// kill -9 in the middle of an archiving crawl, then --resume: every WARC file reads to its end, holds exactly
// its committed bytes (a half-written record is cut, the next one starts clean) and the WACZs verify.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWeb } from '../sites/server.ts';
import type { TestWeb } from '../sites/types.ts';
import { runSchoolscan, spawnSchoolscan } from './cli-harness.ts';
import { readWarc, waczFiles, warcFiles } from './wacz-helpers.ts';

let web: TestWeb;
let dir: string;
let seeds: string;

beforeAll(async () => {
  web = await startTestWeb({ version: 1 });
  dir = mkdtempSync(join(tmpdir(), 'e2e-wacz-kill-'));
  seeds = join(dir, 'seeds.txt');
  const ids = ['obs-de-regenboog', 'cbs-het-anker', 'basisschool-ariens', 'ijsselzicht-college'];
  writeFileSync(seeds, web.sites.filter((s) => ids.includes(s.id)).map((s) => s.seedUrl).join('\n'));
}, 60_000);

afterAll(async () => {
  await web?.close();
});

/** Reads the store the way a second process would (WAL lets it); empty while the schema does not exist. */
function query<T>(out: string, sql: string): T[] {
  const file = join(out, 'crawl.sqlite');
  if (!existsSync(file)) return [];
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

const committedPages = (out: string) => query<{ n: number }>(out, `SELECT count(*) AS n FROM frontier WHERE state IN ('done', 'failed')`)[0]?.n ?? 0;

describe('kill -9 and --resume with the web archive on', () => {
  it('leaves readable WARCs holding exactly their committed bytes, and WACZs that verify', async () => {
    const out = join(dir, 'crawl');
    const child = spawnSchoolscan(['crawl', '--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', '0', '--concurrency', '4', '--no-screenshots', '--out', out, '--quiet']);
    while (committedPages(out) < 25 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    expect((await child.result).signal).toBe('SIGKILL');

    // What a kill in the middle of an append leaves: half a gzip member after the last committed record.
    const unfinished = query<{ file: string }>(out, `SELECT w.file FROM warc_offsets w JOIN sites s USING (site_id) WHERE s.state = 'running'`);
    expect(unfinished.length).toBeGreaterThan(0);
    appendFileSync(join(out, unfinished[0].file), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));

    const resumed = await runSchoolscan(['crawl', '--resume', out, '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);

    const committed = new Map(query<{ file: string; bytes: number }>(out, 'SELECT file, bytes FROM warc_offsets').map((r) => [r.file, r.bytes]));
    for (const file of warcFiles(out)) {
      const name = `archive/${file.split('/').pop()}`;
      expect(committed.get(name), `${name} committed`).toBe(statSync(file).size);
      const records = await readWarc(readFileSync(file));
      expect(records[0].type).toBe('warcinfo');
    }
    // The resumed process went on in the next file of each unfinished site's series.
    expect(warcFiles(out).some((f) => f.endsWith('-002.warc.gz'))).toBe(true);
    expect(waczFiles(out).length).toBe(4);
    const verify = await runSchoolscan(['verify', out]);
    expect(verify.code, verify.stdout).toBe(0);
  });
});
