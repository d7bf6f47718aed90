// Per-host delay and robots.txt Crawl-delay, measured as gaps between request arrivals in the test web's log.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWeb } from '../sites/server.ts';
import type { RequestLogEntry, SiteTruth, TestWeb } from '../sites/types.ts';
import { runSchoolscan, type CliResult } from './cli-harness.ts';

const DELAY_MS = 200;
/** Arrival times carry a little scheduling jitter on a busy machine. */
const JITTER_MS = 15;

let web: TestWeb;
let plain: SiteTruth;
let slowed: SiteTruth | undefined;
let crawl: CliResult;

beforeAll(async () => {
  web = await startTestWeb({ version: 1 });
  plain = web.sites.find((s) => s.crawlDelaySeconds === undefined)!;
  slowed = web.sites
    .filter((s) => s.crawlDelaySeconds !== undefined && s.crawlDelaySeconds * 1000 > DELAY_MS)
    .sort((a, b) => a.crawlDelaySeconds! - b.crawlDelaySeconds!)[0];
  const dir = mkdtempSync(join(tmpdir(), 'e2e-polite-'));
  const seeds = join(dir, 'seeds.txt');
  writeFileSync(seeds, [plain, slowed].filter(Boolean).map((s) => s!.seedUrl).join('\n'));
  crawl = await runSchoolscan([
    'crawl', '--seeds', seeds, '--host-map', '*.test=127.0.0.1', '--delay-ms', String(DELAY_MS), '--max-pages', '6',
    '--concurrency', '2', '--render', 'never', '--no-screenshots', '--out', join(dir, 'crawl'), '--quiet',
  ]);
}, 300_000);

afterAll(async () => {
  await web?.close();
});

/** Smallest gap between the arrivals of two consecutive requests to any one of the hosts. */
function smallestGap(requests: RequestLogEntry[], hosts: string[]): { gap: number; count: number } {
  let gap = Infinity;
  let count = 0;
  for (const host of hosts) {
    const times = requests.filter((r) => r.host === host).map((r) => r.at).sort((a, b) => a - b);
    count += times.length;
    for (let i = 1; i < times.length; i++) gap = Math.min(gap, times[i] - times[i - 1]);
  }
  return { gap, count };
}

describe('politeness', () => {
  it('keeps --delay-ms between requests to one host', () => {
    expect(crawl.code).toBe(0);
    const { gap, count } = smallestGap(web.requests, plain.hosts);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(gap).toBeGreaterThanOrEqual(DELAY_MS - JITTER_MS);
  });

  it('keeps a robots.txt Crawl-delay longer than --delay-ms (after robots.txt was read)', () => {
    if (!slowed) return;
    const wanted = Math.min(slowed.crawlDelaySeconds! * 1000, 10_000);
    const afterRobots = web.requests.filter((r) => slowed!.hosts.includes(r.host) && r.path !== '/robots.txt');
    const { gap, count } = smallestGap(afterRobots, slowed.hosts);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(gap).toBeGreaterThanOrEqual(wanted - JITTER_MS);
  });

  it('identifies itself with the schoolscan user agent', () => {
    const ours = web.requests.filter((r) => plain.hosts.includes(r.host));
    for (const r of ours) expect(r.userAgent).toMatch(/^schoolscan\//);
  });
});
