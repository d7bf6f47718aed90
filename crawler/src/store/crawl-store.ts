// The store behind a crawl: sites, their frontiers, pages, findings and outlinks, plus the run manifest.
// Async throughout so that a networked store (Redis, issue 7) can implement the same interface; the
// contract suite in store-contract.ts is what any implementation must pass.
import type { FailureReason } from '../../../shared/src/index.ts';
import type {
  CrawlFinding, FrontierCounts, FrontierEntry, KnownUrl, NewFrontierUrl, NewSite, Outlink, PageCommit, PageRow,
  RunManifest, RunRecord, SiteOutcome, SiteRecord, SiteSummary, WarcOffset,
} from './records.ts';

export interface CrawlStore {
  // Manifest and run history.
  getManifest(): Promise<RunManifest | undefined>;
  putManifest(manifest: RunManifest): Promise<void>;
  startRun(run: { owner: string; startedAt: string; resumed: boolean }): Promise<number>;
  endRun(runId: number, end: { endedAt: string; exitCode: number }): Promise<void>;
  listRuns(): Promise<RunRecord[]>;

  // Sites: one site is one unit of work.
  /** Adds sites not yet known (by siteId); returns how many were new. */
  addSites(sites: NewSite[]): Promise<number>;
  getSite(siteId: string): Promise<SiteRecord | undefined>;
  listSites(): Promise<SiteRecord[]>;
  /** Takes the next pending site (or one whose lease expired) for `owner`; marks it running. */
  leaseSite(owner: string, leaseMs: number, now?: number): Promise<SiteRecord | undefined>;
  /** Extends a running site's lease (long sites outlive one lease). */
  renewSiteLease(siteId: string, owner: string, leaseMs: number, now?: number): Promise<void>;
  /** `startedAt` is for sites crawled elsewhere (a queue worker): it replaces the start time the store kept. */
  finishSite(siteId: string, outcome: SiteOutcome, reason?: FailureReason, endedAt?: string, startedAt?: string): Promise<void>;

  // Frontier.
  /** Inserts the first URLs of a site and marks it seeded, in one transaction. */
  seedSite(siteId: string, urls: NewFrontierUrl[]): Promise<void>;
  /** Inserts URLs not yet known to the site; returns how many were new. */
  addUrls(siteId: string, urls: NewFrontierUrl[]): Promise<number>;
  /** Leases the next due URL (lowest depth, then oldest), or undefined when none is due now. */
  leaseUrl(siteId: string, owner: string, leaseMs: number, now?: number): Promise<FrontierEntry | undefined>;
  /** Epoch ms at which the earliest queued URL becomes due; undefined when nothing is queued. */
  nextDueAt(siteId: string): Promise<number | undefined>;
  /** Returns a leased URL to the queue for a retry not before `notBefore`, counting the attempt. */
  giveBack(siteId: string, url: string, retry: { notBefore: number; error: FailureReason }): Promise<void>;
  /**
   * Records the outcome of one leased URL: page row, findings (duplicates ignored), newly discovered URLs,
   * outlinks, the frontier state and the WARC offset, all in ONE transaction. Idempotent.
   */
  commitPage(commit: PageCommit): Promise<void>;
  /** Marks every still-queued URL of a site skipped (page cap); returns how many. */
  skipQueued(siteId: string, reason: FailureReason): Promise<number>;
  /** Puts leased URLs and running sites back: all of them (`all`, on resume) or those whose lease expired by `now`. */
  reclaimLeases(options: { all: true } | { now: number }): Promise<{ urls: number; sites: number }>;
  countUrls(siteId: string): Promise<FrontierCounts>;
  /** Every URL the site's frontier knows, in insertion order, with its state (to rebuild in-memory guards on resume). */
  knownUrls(siteId: string): Promise<KnownUrl[]>;
  /** An already stored page of the site with the same text hash, if any. */
  findDuplicate(siteId: string, textSha256: string, url: string): Promise<string | undefined>;

  // Results, read back to write the outputs.
  pages(siteId?: string): AsyncIterable<PageRow>;
  findings(siteId?: string): AsyncIterable<CrawlFinding>;
  outlinks(siteId?: string): AsyncIterable<Outlink>;
  siteSummaries(): Promise<SiteSummary[]>;
  warcOffsets(siteId?: string): Promise<WarcOffset[]>;

  close(): Promise<void>;
}

/** Name of the store file inside a crawl folder. */
export const STORE_FILE = 'crawl.sqlite';
