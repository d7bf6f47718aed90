import { isIP } from 'node:net';
import { normalizeUrl } from '../fetch/url-normalize.ts';

export type WebsiteAddress = { url: string } | { invalid: string };

/**
 * Turns a website as people type it into registries and lists (`www.school.nl`, `https://school.nl/`,
 * `www. school.nl`, `www.school,nl`) into a normalised URL, or says why it is not one. Empty values
 * (DUO writes a single space) are `undefined`: not an error, just no website.
 *
 * Without a scheme we assume http://: every site that answers on port 80 redirects to its https address
 * when it has one (that hop is recorded), while guessing https fails outright on hosts without TLS.
 */
export function parseWebsiteAddress(value: string): WebsiteAddress | undefined {
  let text = value.trim();
  if (text === '') return undefined;
  text = text.replace(/\s+/g, '');
  if (/^\+?[\d()-]{6,}$/.test(text)) return { invalid: 'a phone number, not a web address' };
  if (!/^https?:\/\//i.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+/.test(text)) return { invalid: 'not an http(s) address' };
    text = `http://${text.replace(/^\/+/, '')}`;
  }
  // A comma typed for a dot in the host name (`www.school,nl`).
  text = text.replace(/^(https?:\/\/[^/?#]*)/i, (host) => host.replace(/,/g, '.'));
  const url = normalizeUrl(text);
  if (!url) return { invalid: 'not a valid web address' };
  const host = new URL(url).hostname;
  if (isIP(host.replace(/^\[|\]$/g, '')) === 0 && host !== 'localhost') {
    if (!host.includes('.')) return { invalid: 'host name has no domain ending' };
    if (!/[a-z]/.test(host.slice(host.lastIndexOf('.') + 1))) return { invalid: 'host name has no domain ending' };
  }
  return { url };
}
