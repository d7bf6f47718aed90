import { writeFile, rename } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { CATEGORIES, LEVELS } from '../../../shared/src/index.ts';
import type { SiteLocation, SiteSummary } from '../store/records.ts';

const FINDING_COLUMNS = CATEGORIES.flatMap((c) => LEVELS.map((l) => `${c}:${l}` as const));

/** Registry fields of the credited locations, several joined with " | " in location order. */
function joined(locations: SiteLocation[], field: keyof SiteLocation): string {
  return locations.map((l) => l[field] ?? '').join(' | ');
}

export function sitesCsv(sites: SiteSummary[]): string {
  const rows = sites.map((s) => ({
    siteId: s.siteId,
    url: s.seedUrls[0] ?? '',
    codes: joined(s.locations, 'code'),
    names: joined(s.locations, 'name'),
    places: joined(s.locations, 'place'),
    types: joined(s.locations, 'type'),
    state: s.state,
    reason: s.reason ?? '',
    pagesFetched: s.pagesFetched,
    pagesStored: s.pagesStored,
    errors: s.errors,
    skipped: s.skipped,
    notCrawled: s.queued,
    ...Object.fromEntries(FINDING_COLUMNS.map((k) => [k, s.findings[k]])),
    bureauLinks: s.bureauLinks,
    startedAt: s.startedAt ?? '',
    endedAt: s.endedAt ?? '',
  }));
  const columns = ['siteId', 'url', 'codes', 'names', 'places', 'types', 'state', 'reason', 'pagesFetched', 'pagesStored',
    'errors', 'skipped', 'notCrawled', ...FINDING_COLUMNS, 'bureauLinks', 'startedAt', 'endedAt'];
  return stringify(rows, { header: true, columns });
}

export async function writeSitesCsv(file: string, sites: SiteSummary[]): Promise<void> {
  await writeFile(`${file}.tmp`, sitesCsv(sites), 'utf8');
  await rename(`${file}.tmp`, file);
}
