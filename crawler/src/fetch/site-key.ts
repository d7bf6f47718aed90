import { getDomain } from 'tldts';

/**
 * The registrable domain of a URL's host (`www.obs-regenboog.nl` → `obs-regenboog.nl`), honouring the
 * private part of the public suffix list so `a.github.io` and `b.github.io` stay apart. Hosts without a
 * registrable domain (IP addresses, `localhost`) are keyed as `host:port`, so two test servers on
 * different ports are two sites. Undefined for URLs that do not parse.
 */
export function siteKeyOf(input: string | URL): string | undefined {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return undefined;
  const domain = getDomain(host, { allowPrivateDomains: true });
  return domain ?? url.host.toLowerCase();
}
