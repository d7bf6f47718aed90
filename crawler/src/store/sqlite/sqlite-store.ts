import type Database from 'better-sqlite3';
import type { FailureReason } from '../../../../shared/src/index.ts';
import type { CrawlStore } from '../crawl-store.ts';
import { findingKey } from '../finding-key.ts';
import type {
  CrawlFinding, FrontierCounts, FrontierEntry, FrontierState, KnownUrl, NewFrontierUrl, NewSite, Outlink, PageCommit, PageRow,
  RunManifest, RunRecord, SiteOutcome, SiteRecord, SiteSummary, WarcOffset,
} from '../records.ts';
import { openDatabase } from './schema.ts';
import { readFindings, readOutlinks, readPages, readSiteSummaries, readWarcOffsets, toFrontierEntry, toSiteRecord } from './sqlite-readers.ts';
import type { FrontierRow, SiteRow } from './sqlite-readers.ts';

/** The embedded store: one SQLite file in the crawl folder. */
export class SqliteCrawlStore implements CrawlStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = openDatabase(file);
  }

  async getManifest(): Promise<RunManifest | undefined> {
    const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'manifest'`).get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as RunManifest) : undefined;
  }

  async putManifest(manifest: RunManifest): Promise<void> {
    this.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('manifest', ?)`).run(JSON.stringify(manifest));
  }

  async startRun(run: { owner: string; startedAt: string; resumed: boolean }): Promise<number> {
    const info = this.db.prepare(`INSERT INTO runs (owner, started_at, resumed) VALUES (?, ?, ?)`)
      .run(run.owner, run.startedAt, run.resumed ? 1 : 0);
    return Number(info.lastInsertRowid);
  }

  async endRun(runId: number, end: { endedAt: string; exitCode: number }): Promise<void> {
    this.db.prepare(`UPDATE runs SET ended_at = ?, exit_code = ? WHERE id = ?`).run(end.endedAt, end.exitCode, runId);
  }

  async listRuns(): Promise<RunRecord[]> {
    const rows = this.db.prepare(`SELECT * FROM runs ORDER BY id`).all() as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id as number, owner: r.owner as string, startedAt: r.started_at as string,
      endedAt: (r.ended_at as string | null) ?? undefined, resumed: r.resumed === 1,
      exitCode: (r.exit_code as number | null) ?? undefined,
    }));
  }

  async addSites(sites: NewSite[]): Promise<number> {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO sites (site_id, seed_urls, locations, path_scoped) VALUES (?, ?, ?, ?)`);
    return this.db.transaction(() => sites.reduce(
      (added, s) => added + insert.run(s.siteId, JSON.stringify(s.seedUrls), JSON.stringify(s.locations), s.pathScoped ? 1 : 0).changes, 0,
    ))();
  }

  async getSite(siteId: string): Promise<SiteRecord | undefined> {
    const row = this.db.prepare(`SELECT * FROM sites WHERE site_id = ?`).get(siteId) as SiteRow | undefined;
    return row ? toSiteRecord(row) : undefined;
  }

  async listSites(): Promise<SiteRecord[]> {
    return (this.db.prepare(`SELECT * FROM sites ORDER BY ord`).all() as SiteRow[]).map(toSiteRecord);
  }

  async leaseSite(owner: string, leaseMs: number, now = Date.now()): Promise<SiteRecord | undefined> {
    return this.db.transaction(() => {
      const row = this.db.prepare(
        `SELECT * FROM sites WHERE state = 'pending' OR (state = 'running' AND lease_expires < ?) ORDER BY ord LIMIT 1`,
      ).get(now) as SiteRow | undefined;
      if (!row) return undefined;
      const startedAt = row.started_at ?? new Date(now).toISOString();
      this.db.prepare(`UPDATE sites SET state = 'running', lease_owner = ?, lease_expires = ?, started_at = ? WHERE site_id = ?`)
        .run(owner, now + leaseMs, startedAt, row.site_id);
      return toSiteRecord({ ...row, state: 'running', started_at: startedAt });
    }).immediate();
  }

  async renewSiteLease(siteId: string, owner: string, leaseMs: number, now = Date.now()): Promise<void> {
    this.db.prepare(`UPDATE sites SET lease_expires = ? WHERE site_id = ? AND lease_owner = ? AND state = 'running'`)
      .run(now + leaseMs, siteId, owner);
  }

  async finishSite(siteId: string, outcome: SiteOutcome, reason?: FailureReason, endedAt = new Date().toISOString(), startedAt?: string): Promise<void> {
    this.db.prepare(
      `UPDATE sites SET state = ?, reason = ?, ended_at = ?, started_at = coalesce(?, started_at), lease_owner = NULL, lease_expires = NULL WHERE site_id = ?`,
    ).run(outcome, reason ?? null, endedAt, startedAt ?? null, siteId);
  }

  async seedSite(siteId: string, urls: NewFrontierUrl[]): Promise<void> {
    this.db.transaction(() => {
      this.insertUrls(siteId, urls);
      this.db.prepare(`UPDATE sites SET seeded = 1 WHERE site_id = ?`).run(siteId);
    }).immediate();
  }

  async addUrls(siteId: string, urls: NewFrontierUrl[]): Promise<number> {
    return this.db.transaction(() => this.insertUrls(siteId, urls)).immediate();
  }

  private insertUrls(siteId: string, urls: NewFrontierUrl[]): number {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO frontier (site_id, url, fetch_url, depth, discovered_from, state, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    let added = 0;
    for (const u of urls) {
      const fetchUrl = u.fetchUrl && u.fetchUrl !== u.url ? u.fetchUrl : null;
      added += insert.run(siteId, u.url, fetchUrl, u.depth, u.discoveredFrom ?? null, u.skip ? 'skipped' : 'queued', u.skip ?? null).changes;
    }
    return added;
  }

  async leaseUrl(siteId: string, owner: string, leaseMs: number, now = Date.now()): Promise<FrontierEntry | undefined> {
    return this.db.transaction(() => {
      const row = this.db.prepare(
        `SELECT * FROM frontier WHERE site_id = ? AND state = 'queued' AND not_before <= ? ORDER BY depth, seq LIMIT 1`,
      ).get(siteId, now) as FrontierRow | undefined;
      if (!row) return undefined;
      this.db.prepare(`UPDATE frontier SET state = 'leased', lease_owner = ?, lease_expires = ? WHERE seq = ?`)
        .run(owner, now + leaseMs, row.seq);
      return toFrontierEntry({ ...row, state: 'leased' });
    }).immediate();
  }

  async nextDueAt(siteId: string): Promise<number | undefined> {
    const row = this.db.prepare(`SELECT min(not_before) AS due FROM frontier WHERE site_id = ? AND state = 'queued'`)
      .get(siteId) as { due: number | null };
    return row.due ?? undefined;
  }

  async giveBack(siteId: string, url: string, retry: { notBefore: number; error: FailureReason }): Promise<void> {
    this.db.prepare(
      `UPDATE frontier SET state = 'queued', attempts = attempts + 1, not_before = ?, reason = ?, lease_owner = NULL, lease_expires = NULL
       WHERE site_id = ? AND url = ?`,
    ).run(retry.notBefore, retry.error, siteId, url);
  }

  async commitPage(commit: PageCommit): Promise<void> {
    const { page } = commit;
    this.db.transaction(() => {
      this.db.prepare(`INSERT OR REPLACE INTO pages (site_id, url, text_sha256, reason, data) VALUES (?, ?, ?, ?, ?)`)
        .run(page.siteId, page.url, page.textSha256 ?? null, page.error ?? null, JSON.stringify(page));
      const insertFinding = this.db.prepare(
        `INSERT OR IGNORE INTO findings (site_id, url, category, passage_sha, block_index, level, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const f of commit.findings) {
        const k = findingKey(f);
        insertFinding.run(k.siteId, k.url, k.category, k.passageSha, k.blockIndex, f.level, JSON.stringify(f));
      }
      this.insertUrls(page.siteId, commit.discovered);
      const insertLink = this.db.prepare(`INSERT OR IGNORE INTO outlinks (site_id, from_url, to_url, bureau, data) VALUES (?, ?, ?, ?, ?)`);
      for (const l of commit.outlinks) insertLink.run(l.siteId, l.fromUrl, l.toUrl, l.bureau ?? null, JSON.stringify(l));
      this.db.prepare(
        `INSERT INTO frontier (site_id, url, depth, state, reason, attempts, fetched) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (site_id, url) DO UPDATE SET state = excluded.state, reason = excluded.reason,
           attempts = excluded.attempts, fetched = excluded.fetched, lease_owner = NULL, lease_expires = NULL`,
      ).run(page.siteId, page.url, page.depth, commit.outcome, page.error ?? null, page.attempts, costARequest(commit) ? 1 : 0);
      if (commit.warc) {
        this.db.prepare(`INSERT OR REPLACE INTO warc_offsets (site_id, file, bytes) VALUES (?, ?, ?)`)
          .run(commit.warc.siteId, commit.warc.file, commit.warc.bytes);
      }
    }).immediate();
  }

  async skipQueued(siteId: string, reason: FailureReason): Promise<number> {
    return this.db.prepare(`UPDATE frontier SET state = 'skipped', reason = ? WHERE site_id = ? AND state = 'queued'`)
      .run(reason, siteId).changes;
  }

  async reclaimLeases(options: { all: true } | { now: number }): Promise<{ urls: number; sites: number }> {
    const expired = 'all' in options ? '' : ' AND lease_expires < @now';
    const params = 'all' in options ? {} : { now: options.now };
    return this.db.transaction(() => ({
      urls: this.db.prepare(`UPDATE frontier SET state = 'queued', lease_owner = NULL, lease_expires = NULL WHERE state = 'leased'${expired}`).run(params).changes,
      sites: this.db.prepare(`UPDATE sites SET state = 'pending', lease_owner = NULL, lease_expires = NULL WHERE state = 'running'${expired}`).run(params).changes,
    })).immediate();
  }

  async countUrls(siteId: string): Promise<FrontierCounts> {
    const counts: FrontierCounts = { queued: 0, leased: 0, done: 0, failed: 0, skipped: 0, fetched: 0 };
    const rows = this.db.prepare(`SELECT state, count(*) AS n, sum(fetched) AS fetched FROM frontier WHERE site_id = ? GROUP BY state`)
      .all(siteId) as { state: Exclude<keyof FrontierCounts, 'fetched'>; n: number; fetched: number }[];
    for (const r of rows) {
      counts[r.state] = r.n;
      counts.fetched += r.fetched;
    }
    return counts;
  }

  async knownUrls(siteId: string): Promise<KnownUrl[]> {
    const rows = this.db.prepare(`SELECT url, state, reason FROM frontier WHERE site_id = ? ORDER BY seq`).all(siteId) as { url: string; state: FrontierState; reason: FailureReason | null }[];
    return rows.map((r) => ({ url: r.url, state: r.state, reason: r.reason ?? undefined }));
  }

  async findDuplicate(siteId: string, textSha256: string, url: string): Promise<string | undefined> {
    return this.db.prepare(
      `SELECT url FROM pages WHERE site_id = ? AND text_sha256 = ? AND url <> ? AND reason IS NULL ORDER BY rowid LIMIT 1`,
    ).pluck().get(siteId, textSha256, url) as string | undefined;
  }

  pages(siteId?: string): AsyncIterable<PageRow> { return readPages(this.db, siteId); }
  findings(siteId?: string): AsyncIterable<CrawlFinding> { return readFindings(this.db, siteId); }
  outlinks(siteId?: string): AsyncIterable<Outlink> { return readOutlinks(this.db, siteId); }
  async siteSummaries(): Promise<SiteSummary[]> { return readSiteSummaries(this.db, (await this.listSites())); }
  async warcOffsets(siteId?: string): Promise<WarcOffset[]> { return readWarcOffsets(this.db, siteId); }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Whether processing the URL made a request to the site: what the page cap counts. */
function costARequest(commit: PageCommit): boolean {
  return commit.page.stage !== 'none' || commit.outcome === 'failed';
}
