import { readFile } from 'node:fs/promises';
import { siteKeyOf } from '../fetch/site-key.ts';
import { folderOf } from '../fetch/site-scope.ts';
import { canonicalKey } from '../fetch/url-normalize.ts';
import { decodeRegistryText, parseDuoRegistry, type RegistryLocation, type RegistryProblem } from './duo-registry.ts';
import { parseWebsiteAddress } from './website-address.ts';

/** One site to crawl, credited to every registry location that gives it as its website. */
export interface SiteSeed {
  /** Stable and filesystem-safe: the host without `www.` (`obs-regenboog.nl`), plus the folder for path-scoped sites. */
  siteId: string;
  startUrls: string[];
  /** Registrable domain (`obs-regenboog.nl`; `host:port` for IP addresses and localhost). */
  domainKey: string;
  /** Several schools share this host, each in its own folder: keep the crawl inside the folder (SiteScope). */
  pathScoped?: true;
  /** Empty for URL lists. */
  locations: RegistryLocation[];
}

export type SeedProblem = RegistryProblem;

export interface SeedList {
  format: 'url-list' | 'duo-csv';
  sites: SiteSeed[];
  /** Unusable lines or website values; never thrown. */
  problems: SeedProblem[];
  /** Registry locations without a usable website (not crawled). */
  locationsWithoutWebsite: RegistryLocation[];
}

interface Candidate {
  url: string;
  location?: RegistryLocation;
}

/** Reads `--seeds FILE`: a DUO address CSV (recognised by its INTERNETADRES column) or a list of URLs. */
export async function loadSeeds(file: string): Promise<SeedList> {
  const bytes = await readFile(file);
  const { text } = decodeRegistryText(bytes);
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (header.includes(';') && /(^|;)\s*"?INTERNETADRES"?\s*(;|$)/i.test(header)) {
    const registry = parseDuoRegistry(bytes);
    const located = registry.locations.filter((l) => l.website);
    return {
      format: 'duo-csv',
      sites: groupIntoSites(located.map((location) => ({ url: location.website!, location }))),
      problems: registry.problems,
      locationsWithoutWebsite: registry.locations.filter((l) => !l.website),
    };
  }
  return { format: 'url-list', ...seedsFromUrls(text.split(/\r?\n/)) };
}

/**
 * Seeds from URL lines (a seeds file, or URLs given on the command line): `#` starts a comment, blank
 * lines are skipped, scheme-less hosts are accepted. Problems carry 1-based line numbers.
 */
export function seedsFromUrls(lines: readonly string[]): { sites: SiteSeed[]; problems: SeedProblem[]; locationsWithoutWebsite: [] } {
  const problems: SeedProblem[] = [];
  const candidates: Candidate[] = [];
  lines.forEach((line, index) => {
    const value = line.replace(/(^|\s)#.*$/, '').trim();
    if (value === '') return;
    const address = parseWebsiteAddress(value);
    if (address && 'url' in address) candidates.push({ url: address.url });
    else problems.push({ row: index + 1, value, reason: address?.invalid ?? 'empty' });
  });
  return { sites: groupIntoSites(candidates), problems, locationsWithoutWebsite: [] };
}

/**
 * One site per host (`www.`, http and https variants are one host), so locations that share a website
 * are crawled once and all credited. When a host carries several schools each in its own folder
 * (`www.nijegaast.nl/fluessen`, `…/bolster`) and none at the root, each folder is its own path-scoped site.
 */
export function groupIntoSites(candidates: readonly Candidate[]): SiteSeed[] {
  const byHost = groupBy(candidates, (c) => hostKey(c.url));

  const sites: SiteSeed[] = [];
  const usedIds = new Set<string>();
  for (const [host, group] of byHost) {
    const folders = groupBy(group, (c) => folderOf(new URL(c.url).pathname));
    const sharedByFolders = folders.size > 1 && !folders.has('/');
    const parts = sharedByFolders ? [...folders] : [['/', group] as const];
    for (const [folder, members] of parts) {
      sites.push({
        siteId: uniqueId(siteIdFor(host, folder), usedIds),
        startUrls: distinctPages(members.map((m) => m.url)),
        domainKey: siteKeyOf(members[0].url)!,
        ...(sharedByFolders ? { pathScoped: true as const } : {}),
        locations: members.flatMap((m) => (m.location ? [m.location] : [])),
      });
    }
  }
  return sites;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Host without `www.`, with the port when there is one. */
function hostKey(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname.replace(/^www\./, '')}${port ? `:${port}` : ''}`;
}

function siteIdFor(host: string, folder: string): string {
  const raw = folder === '/' ? host : `${host}_${folder.split('/').filter(Boolean).join('_')}`;
  return (
    raw
      .toLowerCase()
      .replace(/:/g, '_')
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[.-]+|-+$/g, '') || 'site'
  );
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** URLs that are different pages; `http://www.a.nl/x/` and `https://a.nl/x` count once (the first kept). */
function distinctPages(urls: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const url of urls) {
    const key = canonicalKey(url) ?? url;
    if (!byKey.has(key)) byKey.set(key, url);
  }
  return [...byKey.values()];
}
