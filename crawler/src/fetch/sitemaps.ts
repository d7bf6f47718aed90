import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { FetchContext } from './http-fetcher.ts';
import { FetchError, type FetchResult } from './types.ts';

export interface SitemapEntry {
  url: string;
  /** As written in the sitemap (W3C datetime), when present. */
  lastmod?: string;
  /** The sitemap that listed it. */
  sitemap: string;
}

export interface SitemapReadResult {
  entries: SitemapEntry[];
  /** Sitemaps fetched and understood. */
  sitemapsRead: string[];
  /** One line per sitemap that could not be fetched or parsed, or a bound that was hit. */
  problems: string[];
}

export interface SitemapReaderOptions {
  fetcher: { fetch(url: string, ctx: FetchContext): Promise<FetchResult> };
  siteId: string;
  /** Sitemap files fetched at most, nested indexes included. Default 50. */
  maxSitemaps?: number;
  /** URLs collected at most. Default 50,000 (one sitemap's limit in the protocol). */
  maxUrls?: number;
  /** Largest size a `.xml.gz` file may inflate to. Default 50 MB (the protocol's limit). */
  maxInflatedBytes?: number;
  log?: (message: string) => void;
  signal?: AbortSignal;
}

/**
 * Where to look for sitemaps of an origin: the robots.txt `Sitemap:` lines when there are any, else the
 * two usual places.
 */
export function sitemapCandidates(origin: string, robotsSitemaps: readonly string[] = []): string[] {
  if (robotsSitemaps.length > 0) return [...new Set(robotsSitemaps)];
  return [`${origin}/sitemap.xml`, `${origin}/sitemap_index.xml`];
}

/**
 * Reads sitemaps breadth first, following sitemap indexes, within the bounds. Handles `<urlset>`,
 * `<sitemapindex>`, gzip files (`.xml.gz` served without Content-Encoding) and plain-text sitemaps.
 * Never throws for a bad sitemap: it yields nothing and a line in `problems`.
 */
export async function readSitemaps(sitemapUrls: readonly string[], options: SitemapReaderOptions): Promise<SitemapReadResult> {
  const maxSitemaps = options.maxSitemaps ?? 50;
  const maxUrls = options.maxUrls ?? 50_000;
  const result: SitemapReadResult = { entries: [], sitemapsRead: [], problems: [] };
  const problem = (message: string) => {
    result.problems.push(message);
    options.log?.(message);
  };
  const queue = [...new Set(sitemapUrls)];
  const seen = new Set(queue);
  const seenUrls = new Set<string>();
  let fetched = 0;

  while (queue.length > 0 && result.entries.length < maxUrls) {
    if (fetched >= maxSitemaps) {
      problem(`stopped after ${maxSitemaps} sitemaps; ${queue.length} not read`);
      break;
    }
    const sitemapUrl = queue.shift()!;
    fetched++;
    const text = await fetchSitemapText(sitemapUrl, options, problem);
    if (text === undefined) continue;
    const parsed = parseSitemap(text);
    if (parsed.kind === 'invalid') {
      problem(`${sitemapUrl}: not a sitemap (${parsed.why})`);
      continue;
    }
    result.sitemapsRead.push(sitemapUrl);
    for (const { url, lastmod } of parsed.items) {
      if (!isHttpUrl(url)) continue;
      if (parsed.kind === 'index') {
        if (!seen.has(url)) queue.push(url);
        seen.add(url);
      } else if (!seenUrls.has(url)) {
        if (result.entries.length >= maxUrls) {
          problem(`stopped at ${maxUrls} URLs`);
          break;
        }
        seenUrls.add(url);
        result.entries.push({ url, lastmod, sitemap: sitemapUrl });
      }
    }
  }
  return result;
}

async function fetchSitemapText(
  url: string,
  options: SitemapReaderOptions,
  problem: (message: string) => void,
): Promise<string | undefined> {
  let body: Uint8Array;
  try {
    const fetched = await options.fetcher.fetch(url, {
      siteId: options.siteId,
      purpose: 'sitemap',
      accept: 'application/xml,text/xml,text/plain;q=0.9,*/*;q=0.5',
      signal: options.signal,
    });
    body = fetched.body;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    problem(`${url}: ${error.reason}`);
    return undefined;
  }
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      body = gunzipSync(body, { maxOutputLength: options.maxInflatedBytes ?? 50 * 1024 * 1024 });
    } catch (error) {
      problem(`${url}: gzip could not be read (${(error as Error).message})`);
      return undefined;
    }
  }
  return new TextDecoder('utf-8').decode(body);
}

type ParsedSitemap =
  | { kind: 'urlset' | 'index' | 'text'; items: { url: string; lastmod?: string }[] }
  | { kind: 'invalid'; why: string };

function parseSitemap(text: string): ParsedSitemap {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { kind: 'invalid', why: 'empty' };
  if (!trimmed.startsWith('<')) return parseTextSitemap(trimmed);

  const $ = cheerio.load(trimmed, { xml: true });
  const root = $.root().children().toArray().find((node) => node.type === 'tag');
  const rootName = root ? localName(root.name) : undefined;
  const itemName = rootName === 'urlset' ? 'url' : rootName === 'sitemapindex' ? 'sitemap' : undefined;
  if (!root || !itemName) return { kind: 'invalid', why: rootName ? `root element <${rootName}>` : 'no XML element' };

  const items: { url: string; lastmod?: string }[] = [];
  $(root)
    .children()
    .each((_, item) => {
      if (localName(item.name) !== itemName) return;
      const fields = new Map<string, string>();
      $(item)
        .children()
        .each((__, field) => void fields.set(localName(field.name), $(field).text().trim()));
      const url = fields.get('loc');
      if (url) items.push({ url, lastmod: fields.get('lastmod') || undefined });
    });
  return { kind: rootName === 'urlset' ? 'urlset' : 'index', items };
}

/** The protocol's text format: one URL per line, nothing else. */
function parseTextSitemap(text: string): ParsedSitemap {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (!lines.every(isHttpUrl)) return { kind: 'invalid', why: 'neither XML nor a list of URLs' };
  return { kind: 'text', items: lines.map((url) => ({ url })) };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value);
}
