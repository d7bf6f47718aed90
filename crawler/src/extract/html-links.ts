import { normalizeWhitespace } from '../../../shared/src/index.ts';
import { attribute, findDescendant, textOf, type Element } from './dom.ts';

export type LinkKind = 'a' | 'area' | 'iframe' | 'frame' | 'link-alternate' | 'meta-refresh';

export interface ExtractedLink {
  /** Absolute http(s) URL, fragment removed. */
  url: string;
  /** Anchor text (or image alt, aria-label, title); empty for frames and refreshes. */
  text: string;
  rel?: string;
  kind: LinkKind;
}

const MAX_LINK_TEXT_LENGTH = 200;
// `content="5; url=/nieuws"`, `content="0;URL='https://…'"`, or a bare URL after the delay.
const META_REFRESH = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.+?)\1\s*$/i;

/**
 * Every link a crawler may follow, from the whole document (navigation menus included: they are how a
 * site's pages are found). Relative URLs resolve against `<base href>` and then `baseUrl`; only http(s)
 * links are kept, so mailto:, tel:, javascript: and data: drop out. One entry per kind and URL.
 */
export function collectLinks(elements: readonly Element[], baseUrl?: string): ExtractedLink[] {
  const base = documentBase(elements, baseUrl);
  const links = new Map<string, ExtractedLink>();
  for (const element of elements) {
    const link = linkFrom(element, base);
    if (link && !links.has(`${link.kind} ${link.url}`)) links.set(`${link.kind} ${link.url}`, link);
  }
  return [...links.values()];
}

function linkFrom(element: Element, base: string | undefined): ExtractedLink | undefined {
  switch (element.name) {
    case 'a':
    case 'area':
      return build(element.name, attribute(element, 'href'), base, anchorText(element), attribute(element, 'rel'));
    case 'iframe':
    case 'frame':
      return build(element.name, attribute(element, 'src'), base, '');
    case 'link':
      return relTokens(element).includes('alternate')
        ? build('link-alternate', attribute(element, 'href'), base, attribute(element, 'title') ?? '', 'alternate')
        : undefined;
    case 'meta':
      return attribute(element, 'http-equiv')?.toLowerCase() === 'refresh'
        ? build('meta-refresh', attribute(element, 'content')?.match(META_REFRESH)?.[2], base, '')
        : undefined;
    default:
      return undefined;
  }
}

function build(
  kind: LinkKind,
  raw: string | undefined,
  base: string | undefined,
  text: string,
  rel?: string,
): ExtractedLink | undefined {
  const url = absoluteHttpUrl(raw, base);
  if (!url) return undefined;
  const link: ExtractedLink = { url, text: normalizeWhitespace(text).slice(0, MAX_LINK_TEXT_LENGTH), kind };
  const normalisedRel = rel?.trim().toLowerCase();
  if (normalisedRel) link.rel = normalisedRel;
  return link;
}

function absoluteHttpUrl(raw: string | undefined, base: string | undefined): string | undefined {
  const href = raw?.trim();
  // A fragment-only link points into the page itself.
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function documentBase(elements: readonly Element[], baseUrl: string | undefined): string | undefined {
  const baseHref = elements.find((element) => element.name === 'base' && attribute(element, 'href'));
  if (!baseHref) return baseUrl;
  try {
    return new URL(attribute(baseHref, 'href')!.trim(), baseUrl).href;
  } catch {
    return baseUrl;
  }
}

function anchorText(anchor: Element): string {
  const text = normalizeWhitespace(textOf(anchor));
  if (text) return text;
  const image = findDescendant(anchor, (element) => element.name === 'img' && Boolean(attribute(element, 'alt')));
  const alt = image ? attribute(image, 'alt') : attribute(anchor, 'alt');
  return alt ?? attribute(anchor, 'aria-label') ?? attribute(anchor, 'title') ?? '';
}

function relTokens(element: Element): string[] {
  return (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
}
