import { siteKeyOf } from './site-key.ts';

interface ScopeRoot {
  siteKey: string;
  /** Host name without a leading `www.`. */
  host: string;
  /** Set for sites that live in a folder of a host shared with sibling schools. */
  pathPrefix?: string;
}

export interface SiteScopeOptions {
  /**
   * Limit the crawl to the start URL's folder on its host. For schools sharing one board host
   * (`www.nijegaast.nl/fluessen`, `www.nijegaast.nl/bolster`): pages of a sibling school must not be
   * credited to this one. Default false: a start URL such as `/home` must not shrink a whole-host site.
   */
  pathScoped?: boolean;
}

/**
 * Which URLs belong to one school site. A URL is in scope when it is http(s), has the same registrable
 * domain as a start URL, and either
 * - is on the start host or one of its subdomains (`www.`/no `www.` and any port count as one host), or
 * - is on the bare registrable domain itself (with or without `www.`) when the start URL was a subdomain:
 *   a school on a board's subdomain (`zevenster.quadraten.nl`) may reach the board's own pages, where
 *   policies such as the parental contribution often live, but never a sibling school's subdomain.
 * With `pathScoped`, URLs on the start host must also lie in the start URL's folder.
 */
export class SiteScope {
  private readonly roots: ScopeRoot[] = [];

  constructor(startUrls: readonly string[], private readonly options: SiteScopeOptions = {}) {
    for (const url of startUrls) this.addRoot(url);
  }

  static fromSeed(seed: { startUrls: readonly string[]; pathScoped?: boolean }): SiteScope {
    return new SiteScope(seed.startUrls, { pathScoped: seed.pathScoped });
  }

  /**
   * Adds another root, typically where a start URL redirected to (a school that moved to a new domain).
   * Returns false when the URL is not http(s).
   */
  addRoot(input: string): boolean {
    const url = parseHttpUrl(input);
    const siteKey = url && siteKeyOf(url);
    if (!url || !siteKey) return false;
    const folder = this.options.pathScoped ? folderOf(url.pathname) : '/';
    const root: ScopeRoot = { siteKey, host: hostWithoutWww(url), pathPrefix: folder === '/' ? undefined : folder };
    if (!this.roots.some((r) => r.host === root.host && r.pathPrefix === root.pathPrefix)) this.roots.push(root);
    return true;
  }

  inScope(input: string): boolean {
    const url = parseHttpUrl(input);
    if (!url) return false;
    const siteKey = siteKeyOf(url);
    const host = hostWithoutWww(url);
    return this.roots.some((root) => {
      if (root.siteKey !== siteKey) return false;
      if (host === root.host) return !root.pathPrefix || isInFolder(url.pathname, root.pathPrefix);
      if (host.endsWith(`.${root.host}`)) return true;
      return host === root.siteKey;
    });
  }

  /** The registrable domains this site spans (usually one). */
  get siteKeys(): string[] {
    return [...new Set(this.roots.map((r) => r.siteKey))];
  }
}

/**
 * The folder a start URL stands for, ending in "/": `/fluessen` → `/fluessen/`, `/a/index.php` → `/a/`.
 * A last segment without a dot is taken to be a folder, as DUO writes school folders without a slash.
 */
export function folderOf(pathname: string): string {
  if (pathname.endsWith('/')) return pathname;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.') ? pathname.slice(0, pathname.length - last.length) : `${pathname}/`;
}

function parseHttpUrl(input: string): URL | undefined {
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function hostWithoutWww(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

function isInFolder(path: string, folder: string): boolean {
  return path.startsWith(folder) || `${path}/` === folder;
}
