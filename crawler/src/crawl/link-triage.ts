import { canonicalKey, normalizeUrl } from '../fetch/url-normalize.ts';
import { isTutoringBureau } from '../fetch/tutoring-bureaus.ts';
import type { NewFrontierUrl, Outlink } from '../store/records.ts';
import type { ExtractedLink, TrapGuard } from './ports.ts';

/** Links to files that are neither HTML nor PDF: not worth a request. */
const NOT_A_PAGE = /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|mov|avi|wmv|webm|ogg|wav|zip|rar|7z|gz|tgz|exe|dmg|iso|docx?|xlsx?|pptx?|odt|ods|odp|ics|vcf|css|js|json|xml|rss|woff2?|ttf)$/i;

export interface LinkContext {
  siteId: string;
  fromUrl: string;
  depth: number;
  maxDepth: number;
  inScope(url: string): boolean;
  trapGuard: TrapGuard;
  /**
   * canonicalKey of every URL the frontier knows: http/https, www and a trailing slash do not make a new
   * page, so such variants are neither fetched again nor counted twice by the trap guard.
   */
  known: Set<string>;
}

/**
 * Sorts a page's links: in-scope pages go to the frontier (or in as skipped, with the reason), links that
 * leave the site are dropped unless they point at a tutoring bureau, which is recorded as evidence.
 */
export function triageLinks(links: ExtractedLink[], ctx: LinkContext): { discovered: NewFrontierUrl[]; outlinks: Outlink[] } {
  const discovered: NewFrontierUrl[] = [];
  const outlinks = new Map<string, Outlink>();
  for (const link of links) {
    const url = normalizeUrl(link.url, ctx.fromUrl);
    if (!url) continue;
    if (!ctx.inScope(url)) {
      const bureau = isTutoringBureau(url);
      if (bureau && !outlinks.has(url)) {
        outlinks.set(url, { siteId: ctx.siteId, fromUrl: ctx.fromUrl, toUrl: url, bureau: bureau.domain, anchorText: link.text?.trim().slice(0, 200) || undefined });
      }
      continue;
    }
    const key = canonicalKey(url)!;
    if (ctx.known.has(key)) continue;
    ctx.known.add(key);
    discovered.push({ url, fetchUrl: asLinked(link.url, ctx.fromUrl), depth: ctx.depth + 1, discoveredFrom: ctx.fromUrl, skip: skipReason(url, ctx) });
  }
  return { discovered, outlinks: [...outlinks.values()] };
}

/** The link's own absolute form, fragment dropped: what the site itself would request. */
function asLinked(href: string, base: string): string {
  const url = new URL(href, base);
  url.hash = '';
  return url.href;
}

function skipReason(url: string, ctx: LinkContext): NewFrontierUrl['skip'] {
  if (NOT_A_PAGE.test(new URL(url).pathname)) return 'unsupported-type';
  if (ctx.depth + 1 > ctx.maxDepth) return 'depth-cap';
  if (!ctx.trapGuard.admit(url)) return 'trap';
  return undefined;
}
