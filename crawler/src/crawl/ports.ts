// What crawlSite needs from the world, as narrow interfaces. crawl/real-deps.ts wires the real fetch,
// extract and browser modules to them; unit tests pass stubs. A BullMQ worker (issue 7) builds the same
// CrawlDeps in its own process and calls crawlSite for each site job.
import type { DocumentInput, FailureReason, Finding } from '../../../shared/src/index.ts';
import type { FetchContext } from '../fetch/http-fetcher.ts';
import type { FetchResult } from '../fetch/types.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { FrontierCounts, PageCommit, PageRecord, SiteOutcome, SiteRecord } from '../store/records.ts';
import type { RenderMode } from '../cli/crawl-options.ts';

export interface PageFetcher {
  /** Resolves for 2xx; rejects with FetchError (reason from the shared list) otherwise. */
  fetch(url: string, ctx: FetchContext): Promise<FetchResult>;
}

export interface ExtractedLink {
  url: string;
  text?: string;
}

export interface ExtractedPage {
  kind: 'html' | 'pdf' | 'text';
  document: DocumentInput;
  links: ExtractedLink[];
  title?: string;
  /** The HTML looks like a JavaScript app shell: little text, a mount point, scripts. */
  appShell?: boolean;
  pdfPages?: number;
}

export interface Extractor {
  /** Body bytes as fetched into text blocks and links. Throws ExtractError(reason) when that cannot be done. */
  fromBytes(input: { bytes: Uint8Array; contentType?: string; url: string }): Promise<ExtractedPage> | ExtractedPage;
  /** The DOM a browser rendered, serialised. */
  fromRenderedHtml(html: string, url: string): ExtractedPage;
}

export interface PageRenderer {
  /** Loads the URL in a browser and returns the DOM as HTML after scripts ran. Rejects with a reason like a fetch. */
  render(url: string, siteId: string): Promise<{ html: string; finalUrl: string }>;
  /**
   * Saves a PNG of the page to `file` with the passage scrolled into view and highlighted; false when the
   * passage was not found (the whole page is saved instead).
   */
  screenshotPassage(url: string, siteId: string, passage: string, file: string): Promise<boolean>;
  /** Frees what the browser holds for a finished site. */
  closeSite?(siteId: string): Promise<void>;
}

export interface RobotsRules {
  /**
   * Undefined when robots.txt of the URL's origin lets us fetch it; 'robots' when its rules forbid it;
   * another reason (dns, timeout, ...) when robots.txt could not be read and the origin is off limits.
   */
  verdict(url: string, siteId: string): Promise<FailureReason | undefined>;
  /** Sitemap URLs robots.txt names for the URL's host. */
  sitemaps(url: string, siteId: string): Promise<string[]>;
}

export interface SitemapSource {
  /** Page URLs listed in the site's sitemaps (robots.txt entries and the usual places), capped. */
  pageUrls(site: SiteRecord, fromRobots: string[]): Promise<string[]>;
}

/** Bounds crawler traps: calendars, endless query variants, session ids. */
export interface TrapGuard {
  /** False when the URL looks like one more step into a trap; called once per new URL, in discovery order. */
  admit(url: string): boolean;
}

export type Classify = (doc: DocumentInput) => Finding[];

/** The web archive the fetch layer records into, told when a page is about to be committed. */
export interface PageArchive {
  /**
   * Makes everything recorded for the site so far durable, sets `commit.warc` to the WARC length reached (so a
   * resume cuts exactly what no commit covers) and points each finding at the record its passage came from.
   */
  sealPage(commit: PageCommit): Promise<void>;
}

export interface CrawlSettings {
  maxPages: number;
  maxDepth: number;
  render: RenderMode;
  obeyRobots: boolean;
  screenshots: boolean;
  userAgent: string;
  /** Crawl folder: evidence/ is written below it. */
  outDir: string;
  /** How long a leased URL or site stays ours before another worker may take it over. */
  leaseMs: number;
  retry: RetrySettings;
}

export interface RetrySettings {
  /** Total fetch attempts per URL, first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface CrawlObserver {
  siteStarted?(site: SiteRecord): void;
  pageDone?(page: PageRecord, outcome: PageCommit['outcome'], findings: { likely: number; review: number }): void;
  siteFinished?(site: SiteRecord, outcome: SiteResult): void;
  warn?(message: string): void;
}

export interface SiteResult {
  /** `interrupted`: stopped by the signal; the site stays running in the store and a resume continues it. */
  state: SiteOutcome | 'interrupted';
  reason?: FailureReason;
  counts: FrontierCounts;
}

export interface CrawlDeps {
  store: CrawlStore;
  /** Identity of this worker in leases (host:pid:random). */
  owner: string;
  settings: CrawlSettings;
  fetcher: PageFetcher;
  extract: Extractor;
  classify: Classify;
  robots: RobotsRules;
  sitemaps: SitemapSource;
  /** Absent when no browser is available; pages that need one then fail with `no-browser`. */
  renderer?: PageRenderer;
  newTrapGuard(site: SiteRecord): TrapGuard;
  /** The crawl's web archive (issue 9); absent with --no-wacz. */
  archive?: PageArchive;
  observer?: CrawlObserver;
  /** Aborting stops each site after the page in hand; everything not done stays queued for --resume. */
  signal?: AbortSignal;
  now?: () => number;
}
