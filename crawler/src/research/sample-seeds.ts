// `crawl --sample N --sample-seed S --strata type,province`: draws a reproducible stratified random sample
// of the registry's schools before anything enters the store, and keeps the facts research needs later
// (the sample, the schools without a website, each board's size in the whole registry) for the manifest.
import type { NewSite, SiteLocation } from '../store/records.ts';
import { DIMENSION_KEYS, DIMENSIONS, isDimensionKey, type DimensionKey } from './dimensions.ts';
import type { ResearchManifestFields, SampleRecord } from './research-manifest.ts';
import { drawStratifiedSample } from './stratified-sample.ts';

export interface SeedPopulation {
  sites: NewSite[];
  /** Registry locations without a usable website. */
  withoutWebsite: SiteLocation[];
}

export interface SampleRequest {
  sample?: number;
  sampleSeed?: string;
  /** Comma-separated dimension keys. */
  strata?: string;
}

export interface ResearchSeeds extends SeedPopulation {
  manifest: ResearchManifestFields;
}

/** One unit of the sampling frame: a registry location, or a site from a URL list. */
interface FrameUnit {
  id: string;
  location?: SiteLocation;
  site?: NewSite;
}

export function parseStrata(text: string | undefined): DimensionKey[] {
  if (!text) return [];
  const keys = text.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = keys.filter((k) => !isDimensionKey(k));
  if (unknown.length) throw new Error(`unknown stratum ${unknown.join(', ')}: choose from ${DIMENSION_KEYS.join(', ')}`);
  return keys as DimensionKey[];
}

export function prepareResearchSeeds(population: SeedPopulation, request: SampleRequest): ResearchSeeds {
  const strata = parseStrata(request.strata);
  if (request.sample === undefined && (strata.length || request.sampleSeed)) throw new Error('--strata and --sample-seed need --sample N');
  recordBoardSizes(population);
  if (request.sample === undefined) {
    return { ...population, manifest: population.withoutWebsite.length ? { locationsWithoutWebsite: population.withoutWebsite } : {} };
  }
  const seed = request.sampleSeed ?? String(Math.floor(Math.random() * 2 ** 31));
  const frame = samplingFrame(population);
  const draw = drawStratifiedSample(frame, {
    n: request.sample, seed, idOf: (u) => u.id,
    stratumOf: (u) => strata.map((key) => DIMENSIONS[key].groupOf({ location: u.location, boardSize: Number(u.location?.boardSize) || undefined })).join(' | ') || 'all',
  });
  const drawn = new Set(draw.chosen.map((u) => u.id));
  const registryUnits = frame.some((u) => u.location);
  const sites = population.sites.flatMap((site) => {
    if (site.locations.length === 0) return drawn.has(site.siteId) ? [site] : [];
    const kept = site.locations.filter((l, i) => drawn.has(locationId(l, site.siteId, i)));
    return kept.length ? [{ ...site, locations: kept }] : [];
  });
  const withoutWebsite = population.withoutWebsite.filter((l, i) => drawn.has(locationId(l, 'no-website', i)));
  const sample: SampleRecord = {
    unit: registryUnits ? 'school' : 'website', seed, requested: request.sample, populationSize: frame.length,
    strata, perStratum: draw.strata, drawn: [...drawn].sort(),
  };
  return { sites, withoutWebsite, manifest: { sample, sampleSeed: seed, ...(withoutWebsite.length ? { locationsWithoutWebsite: withoutWebsite } : {}) } };
}

const locationId = (location: SiteLocation, owner: string, index: number) => location.code || `${owner}#${index}`;

function samplingFrame(population: SeedPopulation): FrameUnit[] {
  const units = new Map<string, FrameUnit>();
  for (const site of population.sites) {
    if (site.locations.length === 0) units.set(site.siteId, { id: site.siteId, site });
    site.locations.forEach((location, i) => {
      const id = locationId(location, site.siteId, i);
      if (!units.has(id)) units.set(id, { id, location, site });
    });
  }
  population.withoutWebsite.forEach((location, i) => {
    const id = locationId(location, 'no-website', i);
    if (!units.has(id)) units.set(id, { id, location });
  });
  return [...units.values()];
}

/** Writes each board's number of schools in the whole registry onto its locations, before any sampling. */
function recordBoardSizes(population: SeedPopulation): void {
  const all = [...population.sites.flatMap((s) => s.locations), ...population.withoutWebsite];
  const codesPerBoard = new Map<string, Set<string>>();
  all.forEach((l, i) => {
    if (!l.board) return;
    const codes = codesPerBoard.get(l.board) ?? new Set<string>();
    codes.add(l.code ?? `#${i}`);
    codesPerBoard.set(l.board, codes);
  });
  for (const l of all) if (l.board) l.boardSize = String(codesPerBoard.get(l.board)!.size);
}
