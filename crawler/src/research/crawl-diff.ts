// `schoolscan diff OLD NEW`: per website, the findings added, removed and still present (unchanged, edited
// or moved) and the pages that vanished; per school, whether it became clean or newly flagged. Only
// schools crawled in both folders are compared; the others are counted as not comparable.
import { CATEGORIES, type Category, type Level } from '../../../shared/src/index.ts';
import type { CrawlFinding } from '../store/records.ts';
import type { CrawlSnapshot, PageOutcome } from './crawl-snapshot.ts';
import { matchSiteFindings, type FindingPair } from './finding-match.ts';
import { coverageOf, isCrawled, isFlagged, schoolUnits, type CoverageState, type SchoolUnit } from './school-units.ts';

export const FLAG_CHANGES = ['newly-flagged', 'became-clean', 'still-flagged', 'still-clean', 'not-comparable'] as const;
export type FlagChange = (typeof FLAG_CHANGES)[number];

export interface SiteDiff {
  siteId: string;
  schools: string[];
  comparable: boolean;
  added: CrawlFinding[];
  removed: CrawlFinding[];
  still: FindingPair[];
  /** Pages read in the old crawl that the new crawl found gone (4xx), or no longer linked on a fully crawled site. */
  vanishedPages: string[];
}

export interface SchoolDiff {
  id: string;
  name?: string;
  oldSite?: string;
  newSite?: string;
  oldCoverage?: CoverageState;
  newCoverage?: CoverageState;
  change: Record<Category, FlagChange>;
}

export interface DiffSummary {
  schools: { inOld: number; inNew: number; comparable: number };
  byCategory: Record<Category, Record<FlagChange, number>>;
  findings: { added: number; removed: number; unchanged: number; edited: number; moved: number };
  vanishedPages: number;
}

export interface CrawlDiff {
  old: string;
  new: string;
  minLevel: Level;
  summary: DiffSummary;
  sites: SiteDiff[];
  schools: SchoolDiff[];
}

export function diffCrawls(before: CrawlSnapshot, after: CrawlSnapshot, options: { minLevel?: Level } = {}): CrawlDiff {
  const minLevel = options.minLevel ?? 'likely';
  const keep = (f: CrawlFinding) => minLevel === 'review' || f.level === 'likely';
  const oldSchools = new Map(schoolUnits(before.sites, before.manifest).map((s) => [s.id, s]));
  const newSchools = new Map(schoolUnits(after.sites, after.manifest).map((s) => [s.id, s]));
  const oldSites = new Map(before.sites.map((s) => [s.siteId, s]));

  const sites: SiteDiff[] = after.sites.filter((s) => oldSites.has(s.siteId)).map((site) => {
    const previous = oldSites.get(site.siteId)!;
    const newCoverage = coverageOf(site).coverage;
    const comparable = isCrawled(coverageOf(previous)) && isCrawled({ coverage: newCoverage });
    const match = matchSiteFindings((before.findingsBySite.get(site.siteId) ?? []).filter(keep), (after.findingsBySite.get(site.siteId) ?? []).filter(keep));
    return {
      siteId: site.siteId,
      schools: site.locations.map((l) => l.code ?? '').filter(Boolean),
      comparable,
      added: comparable ? match.added : [],
      removed: comparable ? match.removed : [],
      still: comparable ? match.pairs : [],
      vanishedPages: comparable ? vanishedPages(before.pagesBySite.get(site.siteId), after.pagesBySite.get(site.siteId), newCoverage === 'full') : [],
    };
  });

  const ids = [...new Set([...oldSchools.keys(), ...newSchools.keys()])].sort();
  const schools = ids.map((id) => schoolDiff(id, oldSchools.get(id), newSchools.get(id)));
  return { old: before.dir, new: after.dir, minLevel, summary: summarise(sites, schools, oldSchools.size, newSchools.size), sites, schools };
}

function vanishedPages(oldPages?: Map<string, PageOutcome>, newPages?: Map<string, PageOutcome>, newCrawlComplete = false): string[] {
  const gone: string[] = [];
  for (const [key, page] of oldPages ?? []) {
    if (page.state !== 'done') continue;
    const now = newPages?.get(key);
    if (now ? now.state === 'failed' && now.error === 'http-4xx' : newCrawlComplete) gone.push(page.url);
  }
  return gone;
}

function schoolDiff(id: string, before?: SchoolUnit, after?: SchoolUnit): SchoolDiff {
  const comparable = before !== undefined && after !== undefined && isCrawled(before) && isCrawled(after);
  const change = Object.fromEntries(CATEGORIES.map((c) => {
    if (!comparable) return [c, 'not-comparable'];
    const was = isFlagged(before!, c);
    const is = isFlagged(after!, c);
    return [c, was && is ? 'still-flagged' : was ? 'became-clean' : is ? 'newly-flagged' : 'still-clean'];
  })) as Record<Category, FlagChange>;
  return {
    id, name: (after ?? before)?.location?.name, oldSite: before?.siteId, newSite: after?.siteId,
    oldCoverage: before?.coverage, newCoverage: after?.coverage, change,
  };
}

function summarise(sites: SiteDiff[], schools: SchoolDiff[], inOld: number, inNew: number): DiffSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, Object.fromEntries(FLAG_CHANGES.map((k) => [k, 0]))])) as DiffSummary['byCategory'];
  for (const s of schools) for (const c of CATEGORIES) byCategory[c][s.change[c]]++;
  const pairs = sites.flatMap((s) => s.still);
  return {
    schools: { inOld, inNew, comparable: schools.filter((s) => s.change[CATEGORIES[0]] !== 'not-comparable').length },
    byCategory,
    findings: {
      added: sites.reduce((n, s) => n + s.added.length, 0),
      removed: sites.reduce((n, s) => n + s.removed.length, 0),
      unchanged: pairs.filter((p) => p.kind === 'unchanged').length,
      edited: pairs.filter((p) => p.kind === 'edited').length,
      moved: pairs.filter((p) => p.kind === 'moved').length,
    },
    vanishedPages: sites.reduce((n, s) => n + s.vanishedPages.length, 0),
  };
}
