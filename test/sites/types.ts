/**
 * The public face of the test web: what the server returns and what the tests, the demo and the
 * benchmark read as ground truth. Keep these shapes stable; extend, don't break.
 */
import type { Category, FailureReason } from '../../shared/src/index.ts';

export type Sector = 'po' | 'vo';

/** One planted passage: a likely violation, or a clean look-alike that must NOT be flagged. */
export interface Planted {
  category: Category;
  /** URL path (with query string when the site's CMS uses one) of the HTML page or PDF. */
  path: string;
  /**
   * A distinctive exact substring of the passage, unique across the whole web. Compare it with the
   * page's visible text after entity decoding and whitespace normalisation (NBSP counts as a space):
   * some themes write `&euro;&nbsp;55` or put a word of the passage in <strong>.
   */
  phrase: string;
  /** 1-based page of the PDF when `path` is a PDF. */
  pdfPage?: number;
  /** True when the passage only exists after the page's JavaScript ran (empty app shell in the raw HTML). */
  rendered?: boolean;
  /** Host when the passage is not on the site's main host (a subdomain such as ouders.lyceum-zuid.test). */
  host?: string;
}

export interface RegistryLocation {
  /** 6 characters: INSTELLINGSCODE (4) + location number (2), e.g. '99AA00'. Fictional (99xx/98xx). */
  vestigingscode: string;
  naam: string;
  plaats: string;
  provincie: string;
  denominatie: string;
  /** BEVOEGD GEZAG NUMMER (5 digits). */
  bevoegdGezag: string;
  /** VO only, as in DUO's ONDERWIJSSTRUCTUUR column, e.g. 'HAVO/VWO'. */
  onderwijsstructuur?: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  gemeente: string;
  telefoon: string;
}

export interface SiteTruth {
  id: string;
  /** The canonical host; the other www/non-www form answers 301 to it. */
  host: string;
  /** Every host that belongs to the site: canonical, its www/non-www alias, subdomains. */
  hosts: string[];
  seedUrl: string;
  sector: Sector;
  name: string;
  registry: RegistryLocation[];
  violations: Planted[];
  cleanLookAlikes: Planted[];
  /** Every in-scope URL path on the main host that answers 200 with content (HTML pages and PDFs). */
  pages: string[];
  /** In-scope pages on subdomains of the site. */
  subdomainPages: { host: string; path: string }[];
  /** Pages that exist but robots.txt disallows; a polite crawler never fetches them. */
  disallowedPages: string[];
  /** Passages on robots-disallowed pages: a polite crawler must NOT report them. */
  offLimits: Planted[];
  /** Pages linked from nowhere, reachable only through the sitemap. */
  sitemapOnlyPages: string[];
  /** Internal links on the site that answer 404 (stale links, as real sites have). */
  brokenLinks: string[];
  /** How the site advertises its sitemap: robots.txt `Sitemap:` line, only at /sitemap.xml, a sitemap index, or none. */
  sitemap: 'robots' | 'root-only' | 'index' | 'none';
  /** robots.txt Crawl-delay in seconds, when the site sets one. */
  crawlDelaySeconds?: number;
  /** Path of the school guide PDF and its number of pages. */
  schoolGuide: { path: string; pageCount: number };
}

export type HostileKind =
  | 'redirect-loop'
  | 'slow-drip'
  | 'no-response'
  | 'connection-reset'
  | 'endless-calendar'
  | 'huge-page'
  | 'gzip-bomb'
  | 'wrong-charset'
  | 'corrupt-pdf'
  | 'status-404'
  | 'status-500'
  | 'status-429'
  | 'robots-disallow-all'
  | 'session-id-trap'
  | 'query-variants';

export interface HostileTruth {
  host: string;
  seedUrl: string;
  kind: HostileKind;
  /** What a crawler should report, in words. */
  expect: string;
  /** The failure reason (shared closed list) a crawler should record for the hostile URL, if any. */
  reason?: FailureReason;
  /** Passages a crawler should (or, behind robots, should not) see on this host. */
  planted?: Planted[];
  /** Most pages a sensible crawler needs to fetch here (robots.txt not counted). */
  usefulPages?: number;
}

export interface RequestLogEntry {
  /** Host header without the port, lower case. */
  host: string;
  /** Path with query string, as requested. */
  path: string;
  /** Arrival time in ms: performance.timeOrigin + performance.now(). */
  at: number;
  userAgent: string;
  method: string;
  /** Response status, filled in when the response is sent. */
  status?: number;
}

export type WebChangeKind = 'removed' | 'added' | 'edited' | 'page-removed';

/** One planned difference between version 1 and version 2 of the web. */
export interface WebChange {
  kind: WebChangeKind;
  siteId: string;
  path: string;
  /** The passage concerned; for 'page-removed', the passage that disappeared with the page. */
  phrase: string;
  /** 'edited': the wording before and after (outside the phrase, which stays the same). */
  before?: string;
  after?: string;
  category?: Category;
}

export interface TestWebOptions {
  /** 0 or absent: a random free port. */
  port?: number;
  version?: 1 | 2;
  /** Print one line per request to stderr. */
  log?: boolean;
}

export interface TestWeb {
  port: number;
  version: 1 | 2;
  /** 'http://www.obs-de-regenboog.test:PORT' */
  origin(host: string): string;
  sites: SiteTruth[];
  hostile: HostileTruth[];
  requests: RequestLogEntry[];
  /** Differences from version 1; empty for version 1. */
  changes: WebChange[];
  close(): Promise<void>;
}
