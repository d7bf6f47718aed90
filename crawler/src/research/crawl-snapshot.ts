// What `diff` compares of one crawl folder: sites with their schools, findings and page outcomes,
// grouped by site. Pages are kept lean (URL, state, reason), since a national crawl has many.
import type { CrawlStore } from '../store/crawl-store.ts';
import type { CrawlFinding, FrontierState, SiteSummary } from '../store/records.ts';
import type { FailureReason } from '../../../shared/src/index.ts';
import { canonicalKey } from '../fetch/url-normalize.ts';
import type { ResearchManifest } from './research-manifest.ts';

export interface PageOutcome {
  url: string;
  state: FrontierState;
  status?: number;
  error?: FailureReason;
}

export interface CrawlSnapshot {
  dir: string;
  manifest?: ResearchManifest;
  sites: SiteSummary[];
  findingsBySite: Map<string, CrawlFinding[]>;
  /** Per site, page outcomes by canonical URL key. */
  pagesBySite: Map<string, Map<string, PageOutcome>>;
}

export async function readCrawlSnapshot(store: CrawlStore, dir: string): Promise<CrawlSnapshot> {
  const [sites, manifest] = await Promise.all([store.siteSummaries(), store.getManifest()]);
  const findingsBySite = new Map<string, CrawlFinding[]>();
  for await (const finding of store.findings()) pushTo(findingsBySite, finding.siteId, finding);
  const pagesBySite = new Map<string, Map<string, PageOutcome>>();
  for await (const page of store.pages()) {
    const pages = pagesBySite.get(page.siteId) ?? new Map<string, PageOutcome>();
    pages.set(canonicalKey(page.url) ?? page.url, { url: page.url, state: page.state, status: page.status, error: page.error });
    pagesBySite.set(page.siteId, pages);
  }
  return { dir, manifest: manifest as ResearchManifest | undefined, sites, findingsBySite, pagesBySite };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
