import Database from 'better-sqlite3';

export const SCHEMA_VERSION = 1;

// Records are stored as JSON in `data`; the columns beside it are the ones queries filter, order or count on.
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY, owner TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT,
  resumed INTEGER NOT NULL, exit_code INTEGER);
CREATE TABLE IF NOT EXISTS sites (
  ord INTEGER PRIMARY KEY, site_id TEXT NOT NULL UNIQUE, seed_urls TEXT NOT NULL, locations TEXT NOT NULL,
  path_scoped INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'pending', reason TEXT, seeded INTEGER NOT NULL DEFAULT 0,
  lease_owner TEXT, lease_expires INTEGER, started_at TEXT, ended_at TEXT);
CREATE TABLE IF NOT EXISTS frontier (
  seq INTEGER PRIMARY KEY, site_id TEXT NOT NULL, url TEXT NOT NULL, fetch_url TEXT, depth INTEGER NOT NULL,
  discovered_from TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  not_before INTEGER NOT NULL DEFAULT 0, lease_owner TEXT, lease_expires INTEGER, reason TEXT,
  fetched INTEGER NOT NULL DEFAULT 0,
  UNIQUE (site_id, url));
CREATE INDEX IF NOT EXISTS frontier_next ON frontier (site_id, state, depth, seq);
CREATE INDEX IF NOT EXISTS frontier_leases ON frontier (state, lease_expires);
CREATE TABLE IF NOT EXISTS pages (
  site_id TEXT NOT NULL, url TEXT NOT NULL, text_sha256 TEXT, reason TEXT, data TEXT NOT NULL,
  PRIMARY KEY (site_id, url));
CREATE INDEX IF NOT EXISTS pages_text ON pages (site_id, text_sha256);
CREATE TABLE IF NOT EXISTS findings (
  id INTEGER PRIMARY KEY, site_id TEXT NOT NULL, url TEXT NOT NULL, category TEXT NOT NULL,
  passage_sha TEXT NOT NULL, block_index INTEGER NOT NULL, level TEXT NOT NULL, data TEXT NOT NULL,
  UNIQUE (site_id, url, category, passage_sha, block_index));
CREATE TABLE IF NOT EXISTS outlinks (
  site_id TEXT NOT NULL, from_url TEXT NOT NULL, to_url TEXT NOT NULL, bureau TEXT, data TEXT NOT NULL,
  PRIMARY KEY (site_id, from_url, to_url));
CREATE TABLE IF NOT EXISTS warc_offsets (
  site_id TEXT NOT NULL, file TEXT NOT NULL, bytes INTEGER NOT NULL, PRIMARY KEY (site_id, file));
`;

/**
 * Opens (or creates) the store database.
 *
 * WAL with synchronous=NORMAL: a commit is appended to the WAL with write() before it returns, so it
 * survives `kill -9` of this process (the OS still holds the bytes); only a power cut or kernel crash
 * can lose the last few commits, and WAL keeps even that atomic. A lost commit is harmless here because
 * the page's frontier row is in the same transaction: the URL is simply still queued or leased, and
 * the resumed crawl processes it again. FULL would add an fsync per page for no gain against kill -9.
 */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.exec(DDL);
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  if (!row) {
    db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
  } else if (Number(row.value) !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`${file}: store schema version ${row.value}, this schoolscan reads version ${SCHEMA_VERSION}`);
  }
  return db;
}
