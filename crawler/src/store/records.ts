// The shapes a crawl store keeps. Plain JSON-able data, so a Redis store can hold the same records.
import type { Category, FailureReason, Finding, Level } from '../../../shared/src/index.ts';

/** One registry location credited to a site (DUO: several locations often share one website). */
export interface SiteLocation {
  /** Registry code, e.g. BRIN + vestigingsnummer. */
  code?: string;
  name?: string;
  place?: string;
  /** School type as the registry spells it (po, vo, so, ...). */
  type?: string;
  province?: string;
  denomination?: string;
  board?: string;
  [field: string]: string | undefined;
}

export const SITE_STATES = ['pending', 'running', 'finished', 'partial', 'failed'] as const;
export type SiteState = (typeof SITE_STATES)[number];
export type SiteOutcome = Extract<SiteState, 'finished' | 'partial' | 'failed'>;

export interface NewSite {
  siteId: string;
  /** Where crawling starts: the home page(s) of the site. */
  seedUrls: string[];
  locations: SiteLocation[];
  /** The site is one school's folder on a host shared with sibling schools: stay inside the folder. */
  pathScoped?: boolean;
}

export interface SiteRecord extends NewSite {
  state: SiteState;
  /** Why the site failed, or for `partial` which cap was hit. */
  reason?: FailureReason;
  /** True once the frontier holds its seeds and sitemap URLs, so a resume does not seed again. */
  seeded: boolean;
  startedAt?: string;
  endedAt?: string;
}

/**
 * queued → leased → done | failed | skipped. `failed` means we tried and could not read it;
 * `skipped` means we chose not to fetch it (robots, caps, trap, scope).
 */
export type FrontierState = 'queued' | 'leased' | 'done' | 'failed' | 'skipped';

export interface NewFrontierUrl {
  /** The normalised URL: the frontier's key, so one page is crawled once however it was linked. */
  url: string;
  /** The URL as the site linked it, when that differs from `url`: what is requested (servers may care about parameter order). */
  fetchUrl?: string;
  depth: number;
  discoveredFrom?: string;
  /** Insert as already skipped, with this reason (e.g. depth-cap, trap). */
  skip?: FailureReason;
}

export interface FrontierEntry {
  siteId: string;
  url: string;
  fetchUrl?: string;
  depth: number;
  /** Insertion order; with depth it fixes the crawl order, which makes a resumed crawl repeat the same choices. */
  seq: number;
  state: FrontierState;
  /** Fetch attempts made so far (a retry gives the URL back with attempts + 1). */
  attempts: number;
  /** Epoch ms before which the URL must not be leased (retry backoff, Retry-After). */
  notBefore: number;
  discoveredFrom?: string;
  reason?: FailureReason;
}

/** How far a page got: browsertrix's LoadState idea. A failed page keeps the last stage it reached. */
export const PAGE_STAGES = ['none', 'fetched', 'extracted', 'classified', 'stored'] as const;
export type PageStage = (typeof PAGE_STAGES)[number];

/** One URL's outcome: what pages.jsonl prints. */
export interface PageRecord {
  siteId: string;
  url: string;
  depth: number;
  stage: PageStage;
  attempts: number;
  finalUrl?: string;
  status?: number;
  contentType?: string;
  /** Decoded body bytes. */
  bytes?: number;
  /** sha256 of the body as fetched: the content hash the evidence quotes. */
  sha256?: string;
  /** sha256 of the normalised extracted text: what content dedupe compares. */
  textSha256?: string;
  fetchedAt?: string;
  rendered: boolean;
  kind?: 'html' | 'pdf' | 'text';
  title?: string;
  /** PDF page count, when the page is a PDF. */
  pdfPages?: number;
  durationMs?: number;
  /** The earlier URL with the same text, when this page was a duplicate. */
  duplicateOf?: string;
  error?: FailureReason;
  errorMessage?: string;
}

/** What a finding carries to prove itself (GUIDELINE.md, "Evidence a finding carries"). */
export interface FindingEvidence {
  /** Path relative to the crawl folder, e.g. evidence/<siteId>/<sha>.png. */
  screenshot?: string;
  screenshotSha256?: string;
  /** Why there is no screenshot (PDF, --no-screenshots, render failure). */
  screenshotNote?: string;
  /** sha256 of the page body the passage came from. */
  sha256: string;
  capturedAt: string;
  toolVersion: string;
  userAgent: string;
  /** The page's archived copy, when the crawl recorded a web archive (issue 9). */
  archive?: ArchivedCopy;
}

/** Where a finding's page sits in the crawl's web archive: the WARC record its passage was read from. */
export interface ArchivedCopy {
  /** WARC-Record-ID, `<urn:uuid:…>`. */
  recordId: string;
  /** WARC file relative to the crawl folder (`archive/<site>-001.warc.gz`); the same path inside the site's WACZ. */
  warcFile: string;
  /** Byte offset of the record in that file. */
  offset: number;
  /** The page URL to open in a replay tool such as ReplayWeb.page. */
  url: string;
  /** Capture time, 14 digits UTC (yyyyMMddHHmmss), as replay tools take it. */
  timestamp: string;
}

export interface CrawlFinding extends Finding {
  siteId: string;
  url: string;
  evidence: FindingEvidence;
}

/** A link that leaves the site. Links to tutoring bureaus are evidence in their own right. */
export interface Outlink {
  siteId: string;
  fromUrl: string;
  toUrl: string;
  anchorText?: string;
  /** Name of the tutoring bureau the target belongs to, when it is one. */
  bureau?: string;
}

/** Committed length of a site's WARC file: on resume, anything past it is a half-written record to cut. */
export interface WarcOffset {
  siteId: string;
  file: string;
  bytes: number;
}

/** Everything one processed URL changes, applied in one transaction. */
export interface PageCommit {
  page: PageRecord;
  outcome: Extract<FrontierState, 'done' | 'failed' | 'skipped'>;
  findings: CrawlFinding[];
  discovered: NewFrontierUrl[];
  outlinks: Outlink[];
  warc?: WarcOffset;
}

/** Reproducibility facts for a crawl folder (issue 6 prints them with the stats). */
export interface RunManifest {
  toolVersion: string;
  commit?: string;
  createdAt: string;
  /** The crawl options as resolved at the first start; a resume reuses them. */
  options: Record<string, unknown>;
  seedFiles?: { path: string; sha256: string }[];
  /** sha256 of classifier/model/model.json at the first start. */
  modelSha256?: string;
  sampleSeed?: string;
}

export interface RunRecord {
  id: number;
  owner: string;
  startedAt: string;
  endedAt?: string;
  resumed: boolean;
  exitCode?: number;
}

export type FindingCounts = Record<`${Category}:${Level}`, number>;

export interface SiteSummary extends SiteRecord {
  /** URLs fetched (done or failed), the figure the page cap counts. */
  pagesFetched: number;
  pagesStored: number;
  errors: number;
  skipped: number;
  queued: number;
  findings: FindingCounts;
  bureauLinks: number;
}

export interface FrontierCounts {
  queued: number;
  leased: number;
  done: number;
  failed: number;
  skipped: number;
  /** URLs a request was made for (done, failed, duplicates): what the page cap counts. */
  fetched: number;
}

export interface KnownUrl {
  url: string;
  state: FrontierState;
  reason?: FailureReason;
}

/** A pages.jsonl row: the frontier entry with its page outcome, if any. */
export interface PageRow extends PageRecord {
  state: FrontierState;
}
