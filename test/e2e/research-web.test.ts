// Research mode on the test web, whose truth is known: one crawl of version 1 and one of version 2 (same
// port, so URLs compare), then `stats` against counts worked out from the truth, `diff` against the
// planned changes, and `crawl --sample` for reproducibility and proportional strata.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../shared/src/index.ts';
import { planCrawl } from '../../crawler/src/cli/crawl-plan.ts';
import type { CrawlDiff } from '../../crawler/src/research/crawl-diff.ts';
import type { ResearchStats } from '../../crawler/src/research/research-stats.ts';
import { REGISTRY_ONLY } from '../sites/data/registry-only.ts';
import { SITE_SPECS, startTestWeb, writeSeedFiles } from '../sites/server.ts';
import type { TestWeb } from '../sites/types.ts';
import { comparable, pathOf, runSchoolscan } from './cli-harness.ts';

const CRAWL_ARGS = ['--host-map', '*.test=127.0.0.1', '--delay-ms', '0', '--concurrency', '16', '--max-pages', '80', '--no-screenshots', '--timeout-ms', '4000', '--quiet'];

let root: string;
let web1: TestWeb;
let web2: TestWeb;
let seeds1: Awaited<ReturnType<typeof writeSeedFiles>>;

async function crawl(web: TestWeb, out: string) {
  const seeds = await writeSeedFiles(web, join(root, `seeds-v${web.version}`));
  const result = await runSchoolscan(['crawl', '--seeds', seeds.registryPo, '--seeds', seeds.registryVo, ...CRAWL_ARGS, '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  return seeds;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'e2e-research-'));
  web1 = await startTestWeb({ version: 1 });
  seeds1 = await crawl(web1, join(root, 'v1'));
  const sampled = await runSchoolscan([
    'crawl', '--seeds', seeds1.registryPo, '--seeds', seeds1.registryVo, '--sample', '4', '--sample-seed', '11', '--strata', 'type',
    ...CRAWL_ARGS, '--max-pages', '3', '--render', 'never', '--out', join(root, 'sample'),
  ]);
  expect(sampled.code, sampled.stderr).toBe(0);
  await web1.close();
  web2 = await startTestWeb({ version: 2, port: web1.port });
  await crawl(web2, join(root, 'v2'));
  await web2.close();
}, 600_000);

afterAll(async () => {
  await web1?.close();
  await web2?.close();
});

async function statsJson(...args: string[]): Promise<ResearchStats> {
  const result = await runSchoolscan(['stats', '--json', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ResearchStats;
}

interface TruthSchool { code: string; type: string; province: string; hasWebsite: boolean; flagged: Record<Category, boolean> }

/**
 * The schools of the seed files, worked out from the test web's own data: every location of every site,
 * plus the registry-only rows. A location whose INTERNETADRES is empty has a website only when its main
 * location (same instellingscode, code ending in 00) has one; a school is flagged when its website carries
 * a planted violation of the category.
 */
function truthSchools(web: TestWeb): TruthSchool[] {
  const schools: TruthSchool[] = [];
  for (const site of web.sites) {
    const spec = SITE_SPECS.find((s) => s.id === site.id)!;
    const listed = (l: (typeof spec.locations)[number]) => (l.website ?? 'host') !== 'none';
    for (const location of spec.locations) {
      const hasWebsite = listed(location) || spec.locations.some((m) => m.code.slice(0, 4) === location.code.slice(0, 4) && m.code.endsWith('00') && listed(m));
      const flagged = Object.fromEntries(CATEGORIES.map((c) => [c, hasWebsite && site.violations.some((v) => v.category === c)])) as Record<Category, boolean>;
      schools.push({ code: location.code, type: spec.sector, province: spec.provincie, hasWebsite, flagged });
    }
  }
  for (const entry of REGISTRY_ONLY) {
    schools.push({ code: entry.code, type: entry.sector, province: entry.provincie, hasWebsite: false, flagged: { 'commercial-tutoring': false, 'mandatory-contribution': false } });
  }
  return schools;
}

/** The truth's schools, flagged instead by the crawl's own `likely` findings on their site's hosts. */
function observedSchools(web: TestWeb, dir: string): TruthSchool[] {
  const findings = readFileSync(join(dir, 'findings.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as { url: string; category: Category; level: string });
  const siteOf = new Map(web.sites.flatMap((site) => SITE_SPECS.find((s) => s.id === site.id)!.locations.map((l) => [l.code, site] as const)));
  return truthSchools(web).map((school) => {
    const site = siteOf.get(school.code);
    const flagged = Object.fromEntries(CATEGORIES.map((c) => [c, Boolean(site) && school.hasWebsite
      && findings.some((f) => f.level === 'likely' && f.category === c && site!.hosts.includes(new URL(f.url).hostname))])) as Record<Category, boolean>;
    return { ...school, flagged };
  });
}

/** [group, population, crawled, flagged] per group, the way a person would tally them from the truth. */
function tally(schools: TruthSchool[], category: Category, groupOf: (s: TruthSchool) => string): [string, number, number, number][] {
  const groups = [...new Set(schools.map(groupOf))].sort((a, b) => a.localeCompare(b, 'nl'));
  return groups.map((g) => {
    const members = schools.filter((s) => groupOf(s) === g);
    return [g, members.length, members.filter((s) => s.hasWebsite).length, members.filter((s) => s.flagged[category]).length];
  });
}

describe('stats on the test web', () => {
  it('counts coverage as the registry and the test web dictate', async () => {
    const stats = await statsJson(join(root, 'v1'));
    const truth = truthSchools(web1);
    const withWebsite = truth.filter((s) => s.hasWebsite).length;
    expect(stats.coverage.schools).toMatchObject({
      population: truth.length, withWebsite, reached: withWebsite,
      byState: { 'no-website': truth.length - withWebsite, 'not-crawled': 0, failed: 0, partial: 0, full: withWebsite },
    });
    expect(stats.coverage.websites).toMatchObject({ population: web1.sites.length, reached: web1.sites.length });
  });

  // Two questions kept apart: does `stats` count right (against a tally a person would make from the
  // crawl's own findings.jsonl), and does the crawl agree with the planted truth (the classifier's part,
  // allowed one review-level miss, as in crawl-test-web.test.ts)?
  it('gives per category and per type and province the flagged counts of the crawl\'s findings', async () => {
    const stats = await statsJson(join(root, 'v1'));
    const observed = observedSchools(web1, join(root, 'v1'));
    const rows = JSON.parse(readFileSync(join(root, 'v1', 'research', 'schools.json'), 'utf8')) as { code: string; category: Category; flagged: number }[];
    const disagreements = observed.flatMap((school) => CATEGORIES.flatMap((c) => {
      const flagged = rows.find((r) => r.code === school.code && r.category === c)?.flagged === 1;
      return flagged === school.flagged[c] ? [] : [`${school.code} ${c}: findings ${school.flagged[c] ? 'flagged' : 'clean'}, stats ${flagged ? 'flagged' : 'clean'}`];
    }));
    expect(disagreements).toEqual([]);
    const truth = truthSchools(web1);
    const missedOrExtra = truth.flatMap((school) => CATEGORIES.flatMap((c) => {
      const seen = observed.find((o) => o.code === school.code)!.flagged[c];
      return seen === school.flagged[c] ? [] : [`${school.code} ${c}: truth ${school.flagged[c] ? 'flagged' : 'clean'}, crawl ${seen ? 'flagged' : 'clean'}`];
    }));
    expect(missedOrExtra.length, missedOrExtra.join('\n')).toBeLessThanOrEqual(1);
    for (const c of stats.categories) {
      const row = (r: { group: string; population: number; estimate: { total: number; count: number } }) => [r.group, r.population, r.estimate.total, r.estimate.count];
      expect(row(c.schools), c.category).toEqual(tally(observed, c.category, () => 'all')[0]);
      expect(c.byDimension.find((d) => d.dimension === 'type')!.rows.map(row), `${c.category} by type`).toEqual(tally(observed, c.category, (s) => s.type));
      expect(c.byDimension.find((d) => d.dimension === 'province')!.rows.map(row), `${c.category} by province`).toEqual(tally(observed, c.category, (s) => s.province));
    }
  });

  it('prints the manifest with the tables and writes the research section into report.html', async () => {
    const result = await runSchoolscan(['stats', join(root, 'v1')]);
    expect(result.stdout).toMatch(/model sha256 {2}[0-9a-f]{64}/);
    expect(result.stdout).toMatch(/seed file +.*registry-po\.csv \(sha256 [0-9a-f]{64}\)/);
    expect(result.stdout).toMatch(/crawl \(UTC\) +\d{4}-\d\d-\d\dT[\d:.]+Z → \d{4}-\d\d-\d\dT[\d:.]+Z/);
    const report = readFileSync(join(root, 'v1', 'report.html'), 'utf8');
    expect(report).toContain('id="onderzoek"');
    expect(report).not.toMatch(/<script/i);
  });
});

describe('crawl --sample on the test web', () => {
  it('draws the same schools for the same seed, proportionally per stratum', async () => {
    const args = ['--seeds', seeds1.registryPo, '--seeds', seeds1.registryVo, '--sample', '12', '--sample-seed', '2025', '--strata', 'type,province', '--out', join(root, 'never-written')];
    const [a, b] = [await planCrawl(args), await planCrawl(args)];
    if (a.kind !== 'new' || b.kind !== 'new') throw new Error('expected new crawls');
    expect(a.research.sample!.drawn).toEqual(b.research.sample!.drawn);
    expect(a.input.sites.map((s) => s.siteId)).toEqual(b.input.sites.map((s) => s.siteId));
    // Proportional: each stratum gets its share of 12 within one school (largest remainder), all add up to 12.
    const population = truthSchools(web1).length;
    const strata = a.research.sample!.perStratum;
    expect(strata.reduce((n, s) => n + s.sample, 0)).toBe(12);
    for (const s of strata) expect(Math.abs(s.sample - (12 * s.population) / population)).toBeLessThan(1);
  });

  it('records the sample in the manifest of the crawl and counts only drawn schools', async () => {
    const stats = await statsJson(join(root, 'sample'));
    expect(stats.manifest.sample).toMatchObject({ seed: '11', requested: 4, drawn: 4, strata: ['type'], unit: 'school', populationSize: truthSchools(web1).length });
    expect(stats.coverage.schools.population).toBe(4);
    expect(stats.sampled).toBe(true);
  });
});

describe('diff between the crawls of version 1 and version 2', () => {
  it('finds exactly the planned changes', async () => {
    const result = await runSchoolscan(['diff', '--json', join(root, 'v1'), join(root, 'v2')]);
    expect(result.code, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout) as CrawlDiff;
    const siteOf = (truthId: string) => {
      const codes = web2.sites.find((s) => s.id === truthId)!.registry.map((l) => l.vestigingscode);
      return diff.sites.find((s) => s.schools.some((c) => codes.includes(c)))!;
    };
    const about = (phrase: string) => (f: { text: string }) => comparable(f.text).includes(comparable(phrase));
    const planned = (kind: string) => web2.changes.filter((c) => c.kind === kind);

    for (const change of planned('removed')) {
      const removed = siteOf(change.siteId).removed.filter(about(change.phrase));
      expect(removed.map((f) => [f.category, pathOf(f.url)]), change.phrase).toEqual([[change.category, change.path]]);
    }
    for (const change of planned('added')) {
      const added = siteOf(change.siteId).added.filter(about(change.phrase));
      expect(added.map((f) => [f.category, pathOf(f.url)]), change.phrase).toEqual([[change.category, change.path]]);
    }
    for (const change of planned('edited')) {
      const site = siteOf(change.siteId);
      expect(site.still.some((p) => about(change.phrase)(p.new) && about(change.after!)(p.new)), change.phrase).toBe(true);
      expect([...site.added, ...site.removed].filter(about(change.phrase))).toEqual([]);
    }
    // Nothing else was added or removed anywhere.
    expect(diff.summary.findings.removed).toBe(planned('removed').length);
    expect(diff.summary.findings.added).toBe(planned('added').length);
    const vanished = diff.sites.flatMap((s) => s.vanishedPages.map((url) => [s.siteId, pathOf(url)]));
    expect(vanished).toEqual(planned('page-removed').map((c) => [siteOf(c.siteId).siteId, c.path]));
  });

  it('names the schools that became clean or newly flagged, as the truth of both versions says', async () => {
    const diff = JSON.parse((await runSchoolscan(['diff', '--json', join(root, 'v1'), join(root, 'v2')])).stdout) as CrawlDiff;
    const before = new Map(truthSchools(web1).map((s) => [s.code, s]));
    const expected: string[] = [];
    for (const after of truthSchools(web2)) {
      for (const c of CATEGORIES) {
        const was = before.get(after.code)!.flagged[c];
        if (was !== after.flagged[c]) expected.push(`${after.code} ${c} ${was ? 'became-clean' : 'newly-flagged'}`);
      }
    }
    const found = diff.schools.flatMap((s) => CATEGORIES.filter((c) => ['became-clean', 'newly-flagged'].includes(s.change[c])).map((c) => `${s.id} ${c} ${s.change[c]}`));
    expect(found.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);

    const stats = await statsJson(join(root, 'v2'), '--compare', join(root, 'v1'));
    const contribution = stats.comparison!.categories.find((c) => c.category === 'mandatory-contribution')!;
    expect([contribution.newlyFlagged, contribution.becameClean]).toEqual([
      expected.filter((e) => e.endsWith('mandatory-contribution newly-flagged')).length,
      expected.filter((e) => e.endsWith('mandatory-contribution became-clean')).length,
    ]);
  });
});
