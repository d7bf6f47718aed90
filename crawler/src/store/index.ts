import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_FILE, type CrawlStore } from './crawl-store.ts';
import { SqliteCrawlStore } from './sqlite/sqlite-store.ts';

export * from './crawl-store.ts';
export * from './records.ts';
export { findingKey, findingKeyString, normalisePassage, sha256Hex } from './finding-key.ts';

/** Opens the store of a crawl folder, creating folder and store when they do not exist yet. */
export function openCrawlStore(dir: string): CrawlStore {
  mkdirSync(dir, { recursive: true });
  return new SqliteCrawlStore(join(dir, STORE_FILE));
}
