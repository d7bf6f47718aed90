// Read side of the SQLite store: rows back into records, in a stable order (site, then crawl order) so that
// two crawls of the same web write the same files.
import type Database from 'better-sqlite3';
import { CATEGORIES, LEVELS, type FailureReason } from '../../../../shared/src/index.ts';
import type {
  CrawlFinding, FindingCounts, FrontierEntry, FrontierState, Outlink, PageRecord, PageRow, SiteRecord, SiteState,
  SiteSummary, WarcOffset,
} from '../records.ts';

export interface SiteRow {
  ord: number; site_id: string; seed_urls: string; locations: string; path_scoped: number; state: string; reason: string | null;
  seeded: number; started_at: string | null; ended_at: string | null;
}

export interface FrontierRow {
  seq: number; site_id: string; url: string; fetch_url: string | null; depth: number; discovered_from: string | null; state: string;
  attempts: number; not_before: number; reason: string | null;
}

export function toSiteRecord(row: SiteRow): SiteRecord {
  return {
    siteId: row.site_id, seedUrls: JSON.parse(row.seed_urls), locations: JSON.parse(row.locations),
    ...(row.path_scoped ? { pathScoped: true } : {}),
    state: row.state as SiteState, reason: (row.reason as FailureReason | null) ?? undefined, seeded: row.seeded === 1,
    startedAt: row.started_at ?? undefined, endedAt: row.ended_at ?? undefined,
  };
}

export function toFrontierEntry(row: FrontierRow): FrontierEntry {
  return {
    siteId: row.site_id, url: row.url, ...(row.fetch_url ? { fetchUrl: row.fetch_url } : {}), depth: row.depth, seq: row.seq, state: row.state as FrontierState,
    attempts: row.attempts, notBefore: row.not_before, discoveredFrom: row.discovered_from ?? undefined,
    reason: (row.reason as FailureReason | null) ?? undefined,
  };
}

const BATCH = 500;

function siteIds(db: Database.Database, siteId?: string): string[] {
  return siteId ? [siteId] : (db.prepare(`SELECT site_id FROM sites ORDER BY ord`).pluck().all() as string[]);
}

// Batches by key rather than one open cursor, so callers may write to the store between rows.
export async function* readPages(db: Database.Database, siteId?: string): AsyncGenerator<PageRow> {
  const batch = db.prepare(
    `SELECT f.*, p.data FROM frontier f LEFT JOIN pages p ON p.site_id = f.site_id AND p.url = f.url
     WHERE f.site_id = ? AND f.seq > ? ORDER BY f.seq LIMIT ${BATCH}`,
  );
  for (const id of siteIds(db, siteId)) {
    for (let after = 0; ;) {
      const rows = batch.all(id, after) as (FrontierRow & { data: string | null })[];
      for (const row of rows) yield toPageRow(row);
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].seq;
    }
  }
}

function toPageRow(row: FrontierRow & { data: string | null }): PageRow {
  const state = row.state as FrontierState;
  if (row.data) return { ...(JSON.parse(row.data) as PageRecord), state };
  return {
    siteId: row.site_id, url: row.url, depth: row.depth, stage: 'none', attempts: row.attempts, rendered: false, state,
    error: (row.reason as FailureReason | null) ?? undefined,
  };
}

export async function* readFindings(db: Database.Database, siteId?: string): AsyncGenerator<CrawlFinding> {
  const forSite = db.prepare(
    `SELECT x.data FROM findings x LEFT JOIN frontier f ON f.site_id = x.site_id AND f.url = x.url
     WHERE x.site_id = ? ORDER BY f.seq, x.block_index, x.category, x.id`,
  ).pluck();
  for (const id of siteIds(db, siteId)) {
    for (const data of forSite.all(id) as string[]) yield JSON.parse(data) as CrawlFinding;
  }
}

export async function* readOutlinks(db: Database.Database, siteId?: string): AsyncGenerator<Outlink> {
  const forSite = db.prepare(`SELECT data FROM outlinks WHERE site_id = ? ORDER BY rowid`).pluck();
  for (const id of siteIds(db, siteId)) {
    for (const data of forSite.all(id) as string[]) yield JSON.parse(data) as Outlink;
  }
}

export function emptyFindingCounts(): FindingCounts {
  const counts = {} as FindingCounts;
  for (const c of CATEGORIES) for (const l of LEVELS) counts[`${c}:${l}`] = 0;
  return counts;
}

export function readSiteSummaries(db: Database.Database, sites: SiteRecord[]): SiteSummary[] {
  const frontier = db.prepare(
    `SELECT site_id, state, count(*) AS n, sum(fetched) AS fetched FROM frontier GROUP BY site_id, state`,
  ).all() as { site_id: string; state: FrontierState; n: number; fetched: number }[];
  const findings = db.prepare(`SELECT site_id, category, level, count(*) AS n FROM findings GROUP BY site_id, category, level`)
    .all() as { site_id: string; category: string; level: string; n: number }[];
  const bureaus = db.prepare(`SELECT site_id, count(*) AS n FROM outlinks WHERE bureau IS NOT NULL GROUP BY site_id`)
    .all() as { site_id: string; n: number }[];

  const byId = new Map<string, SiteSummary>(sites.map((s) => [s.siteId, {
    ...s, pagesFetched: 0, pagesStored: 0, errors: 0, skipped: 0, queued: 0, findings: emptyFindingCounts(), bureauLinks: 0,
  }]));
  for (const r of frontier) {
    const s = byId.get(r.site_id);
    if (!s) continue;
    s.pagesFetched += r.fetched;
    if (r.state === 'done') s.pagesStored += r.n;
    else if (r.state === 'failed') s.errors += r.n;
    else if (r.state === 'skipped') s.skipped += r.n;
    else s.queued += r.n;
  }
  for (const r of findings) {
    const s = byId.get(r.site_id);
    const key = `${r.category}:${r.level}` as keyof FindingCounts;
    if (s && key in s.findings) s.findings[key] += r.n;
  }
  for (const r of bureaus) {
    const s = byId.get(r.site_id);
    if (s) s.bureauLinks = r.n;
  }
  return [...byId.values()];
}

export function readWarcOffsets(db: Database.Database, siteId?: string): WarcOffset[] {
  const rows = (siteId
    ? db.prepare(`SELECT * FROM warc_offsets WHERE site_id = ? ORDER BY file`).all(siteId)
    : db.prepare(`SELECT * FROM warc_offsets ORDER BY site_id, file`).all()) as { site_id: string; file: string; bytes: number }[];
  return rows.map((r) => ({ siteId: r.site_id, file: r.file, bytes: r.bytes }));
}

