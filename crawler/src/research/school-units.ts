// The units research counts. A school is one registry location (vestiging): several schools that share a
// website are each credited with what was found on it. A website is one crawled site. Sites seeded from a
// plain URL list have no registry location; each then stands for one school of unknown type.
import { CATEGORIES, type Category } from '../../../shared/src/index.ts';
import type { SiteLocation, SiteSummary } from '../store/records.ts';
import type { ResearchManifestFields } from './research-manifest.ts';

/** How far the crawl got for a unit: the rows of the coverage table. */
export const COVERAGE_STATES = ['no-website', 'not-crawled', 'failed', 'partial', 'full'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

export type CategoryCounts = Record<Category, number>;

export interface SchoolUnit {
  /** Registry code (vestigingscode), or the site id for a site without registry locations. */
  id: string;
  location?: SiteLocation;
  /** Schools run by the same board (bevoegd gezag) in the registry the crawl was drawn from. */
  boardSize?: number;
  siteId?: string;
  website?: string;
  coverage: CoverageState;
  /** Why the site failed, or which cap cut it short. */
  reason?: string;
  likely: CategoryCounts;
  review: CategoryCounts;
}

export interface WebsiteUnit {
  siteId: string;
  website?: string;
  schools: number;
  coverage: CoverageState;
  reason?: string;
  likely: CategoryCounts;
  review: CategoryCounts;
}

/** Crawled = at least part of the site was read: the denominator of every share. */
export function isCrawled(unit: { coverage: CoverageState }): boolean {
  return unit.coverage === 'full' || unit.coverage === 'partial';
}

/** Flagged = crawled, with at least one `likely` finding of the category. */
export function isFlagged(unit: { coverage: CoverageState; likely: CategoryCounts }, category: Category): boolean {
  return isCrawled(unit) && unit.likely[category] > 0;
}

export function coverageOf(site: SiteSummary): { coverage: CoverageState; reason?: string } {
  if (site.state === 'pending' || site.state === 'running') return { coverage: 'not-crawled' };
  if (site.state === 'failed' || site.pagesStored === 0) return { coverage: 'failed', reason: site.reason ?? 'empty' };
  if (site.state === 'partial') return { coverage: 'partial', reason: site.reason ?? 'page-cap' };
  return { coverage: 'full' };
}

function countsOf(site: SiteSummary, level: 'likely' | 'review'): CategoryCounts {
  return Object.fromEntries(CATEGORIES.map((c) => [c, site.findings[`${c}:${level}`]])) as CategoryCounts;
}

const zeroCounts = (): CategoryCounts => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;

export function websiteUnits(sites: readonly SiteSummary[]): WebsiteUnit[] {
  return sites.map((site) => ({
    siteId: site.siteId,
    website: site.seedUrls[0],
    schools: Math.max(1, site.locations.length),
    ...coverageOf(site),
    likely: countsOf(site, 'likely'),
    review: countsOf(site, 'review'),
  }));
}

/**
 * Every school of the crawl's population: one per registry location of each site, plus the registry
 * locations without a website that the manifest lists (never crawled, but part of the population).
 */
export function schoolUnits(sites: readonly SiteSummary[], manifest?: ResearchManifestFields): SchoolUnit[] {
  const units: SchoolUnit[] = [];
  const seen = new Set<string>();
  for (const site of sites) {
    const shared = { siteId: site.siteId, website: site.seedUrls[0], ...coverageOf(site), likely: countsOf(site, 'likely'), review: countsOf(site, 'review') };
    if (site.locations.length === 0) {
      units.push({ id: site.siteId, ...shared });
      continue;
    }
    for (const location of site.locations) {
      const id = location.code || `${site.siteId}#${units.length}`;
      if (seen.has(id)) continue;
      seen.add(id);
      units.push({ id, location, ...shared });
    }
  }
  for (const location of manifest?.locationsWithoutWebsite ?? []) {
    const id = location.code ?? `no-website#${units.length}`;
    if (seen.has(id)) continue;
    seen.add(id);
    units.push({ id, location, coverage: 'no-website', likely: zeroCounts(), review: zeroCounts() });
  }
  return withBoardSizes(units);
}

/** Board size as recorded at crawl time (from the whole registry); else counted among the units. */
function withBoardSizes(units: SchoolUnit[]): SchoolUnit[] {
  const perBoard = new Map<string, number>();
  for (const u of units) if (u.location?.board) perBoard.set(u.location.board, (perBoard.get(u.location.board) ?? 0) + 1);
  for (const u of units) {
    const recorded = Number(u.location?.boardSize);
    if (Number.isInteger(recorded) && recorded > 0) u.boardSize = recorded;
    else if (u.location?.board) u.boardSize = perBoard.get(u.location.board);
  }
  return units;
}
