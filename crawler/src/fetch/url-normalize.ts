/**
 * URL normalisation for the crawl queue, so one page is fetched once however it was linked.
 *
 * Policy:
 * - http(s) only; anything else (mailto:, javascript:, tel:) is not a crawlable URL → undefined.
 * - WHATWG parsing does the basics: lower-case scheme and host, IDN → punycode, default port dropped,
 *   dot segments resolved, empty path → "/".
 * - Fragment, user:password and a trailing dot on the host are dropped.
 * - Percent escapes get upper-case hex; escaped unreserved characters (%41 → A, %7E → ~) are decoded.
 * - Session ids (`;jsessionid=…` path parameters, `sid`, `PHPSESSID`, `sessionid`, …) and tracking
 *   parameters (`utm_*`, `fbclid`, `gclid`, …) are removed; the remaining query parameters are sorted by
 *   name (stable, so repeated names keep their order) with their original encoding.
 * - Trailing slash: kept as linked. `/a` and `/a/` can be different resources, so normalizeUrl keeps both;
 *   canonicalKey (for "same page?" checks) treats them as one.
 */

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  '_hsenc', '_hsmi', 'mkt_tok', 'srsltid',
]);
const SESSION_PARAMS = new Set([
  'sid', 'phpsessid', 'sessionid', 'session_id', 'jsessionid', 'aspsessionid', 'cfid', 'cftoken', 'zenid', 'oscsid',
]);
const SESSION_PATH_PARAM = /;(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*/gi;
const UNRESERVED = /[A-Za-z0-9\-._~]/;

export function normalizeUrl(input: string, base?: string | URL): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;

  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.replace(/\.+$/, '');
  url.pathname = normalizeEscapes(url.pathname.replace(SESSION_PATH_PARAM, ''));
  url.search = normalizeQuery(url.search);
  return url.href;
}

/** True for query parameter names the crawler strips (tracking and session ids). */
export function isIgnoredParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower) || SESSION_PARAMS.has(lower);
}

/**
 * A key under which variants of one page compare equal: http/https, `www.`/no `www.`, and a trailing slash
 * are ignored. Not a URL; use it for de-duplication only. Undefined for URLs normalizeUrl rejects.
 */
export function canonicalKey(input: string, base?: string | URL): string | undefined {
  const normalized = normalizeUrl(input, base);
  if (!normalized) return undefined;
  const url = new URL(normalized);
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  return `${host}${path}${url.search}`;
}

function normalizeQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => ({ part: normalizeEscapes(part), name: decodeName(part) }))
    .filter(({ name }) => !isIgnoredParam(name));
  if (kept.length === 0) return '';
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `?${kept.map((k) => k.part).join('&')}`;
}

function decodeName(part: string): string {
  const raw = part.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function normalizeEscapes(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}
