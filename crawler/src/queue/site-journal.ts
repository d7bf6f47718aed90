// A worker crawls a site into a store of its own and journals every change crawlSite makes to it. The
// journal is the site's result: the coordinator replays it into the crawl folder's store with the same
// idempotent methods (INSERT OR IGNORE findings, commitPage as one transaction), so replaying twice is
// harmless and the crawl folder ends up exactly as if the site had been crawled in-process.
import type { FailureReason } from '../../../shared/src/index.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { NewFrontierUrl, PageCommit, SiteOutcome } from '../store/records.ts';

export type JournalEntry =
  | { op: 'seedSite'; siteId: string; urls: NewFrontierUrl[] }
  | { op: 'addUrls'; siteId: string; urls: NewFrontierUrl[] }
  | { op: 'commitPage'; commit: PageCommit }
  | { op: 'skipQueued'; siteId: string; reason: FailureReason }
  | { op: 'finishSite'; siteId: string; outcome: SiteOutcome; reason?: FailureReason; endedAt: string };

type Journaled = 'seedSite' | 'addUrls' | 'commitPage' | 'skipQueued' | 'finishSite';

/** How each journaled call becomes an entry; finishSite gets its end time fixed here so the replay keeps it. */
const ENTRY_OF: { [K in Journaled]: (...args: Parameters<CrawlStore[K]>) => JournalEntry } = {
  seedSite: (siteId, urls) => ({ op: 'seedSite', siteId, urls }),
  addUrls: (siteId, urls) => ({ op: 'addUrls', siteId, urls }),
  commitPage: (commit) => ({ op: 'commitPage', commit }),
  skipQueued: (siteId, reason) => ({ op: 'skipQueued', siteId, reason }),
  finishSite: (siteId, outcome, reason, endedAt) => ({ op: 'finishSite', siteId, outcome, reason, endedAt: endedAt ?? new Date().toISOString() }),
};

const isJournaled = (key: PropertyKey): key is Journaled => typeof key === 'string' && Object.hasOwn(ENTRY_OF, key);

/** The store with every change also appended to `journal` (a copy, taken once the store accepted it). */
export function journalingStore(store: CrawlStore, journal: JournalEntry[]): CrawlStore {
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (!isJournaled(key)) return value.bind(target);
      return async (...args: unknown[]) => {
        const entry = structuredClone((ENTRY_OF[key] as (...a: unknown[]) => JournalEntry)(...args));
        if (entry.op === 'finishSite') args[3] = entry.endedAt;
        const result: unknown = await value.apply(target, args);
        journal.push(entry);
        return result;
      };
    },
  });
}

/** Applies a site's journal to `store`, in order. `startedAt` is when the worker began the site. */
export async function replayJournal(store: CrawlStore, journal: readonly JournalEntry[], startedAt?: string): Promise<void> {
  for (const entry of journal) {
    switch (entry.op) {
      case 'seedSite': await store.seedSite(entry.siteId, entry.urls); break;
      case 'addUrls': await store.addUrls(entry.siteId, entry.urls); break;
      case 'commitPage': await store.commitPage(entry.commit); break;
      case 'skipQueued': await store.skipQueued(entry.siteId, entry.reason); break;
      case 'finishSite': await store.finishSite(entry.siteId, entry.outcome, entry.reason, entry.endedAt, startedAt); break;
    }
  }
}

/** Pages, findings and failed pages in a journal: the figures the progress view shows per site. */
export function journalCounts(journal: readonly JournalEntry[]): { pages: number; findings: number; errors: number } {
  let pages = 0;
  let findings = 0;
  let errors = 0;
  for (const entry of journal) {
    if (entry.op !== 'commitPage') continue;
    const { commit } = entry;
    if (commit.page.stage !== 'none' || commit.outcome === 'failed') pages++;
    if (commit.outcome === 'failed') errors++;
    findings += commit.findings.length;
  }
  return { pages, findings, errors };
}
