// Turns the command line's URLs (or a seeds file) into sites: one site per registrable domain, so
// `https://www.a.nl/` and `http://a.nl/over-ons` are crawled once.
import { siteKeyOf } from '../fetch/site-key.ts';
import { parseWebsiteAddress } from '../seed/website-address.ts';
import type { NewSite } from '../store/records.ts';
import { UsageError } from './options.ts';

export function sitesFromUrls(inputs: string[]): NewSite[] {
  const bySite = new Map<string, NewSite>();
  for (const input of inputs) {
    const parsed = parseWebsiteAddress(input);
    if (!parsed) continue;
    if ('invalid' in parsed) throw new UsageError(`"${input}" is ${parsed.invalid}`);
    const siteId = siteKeyOf(parsed.url);
    if (!siteId) throw new UsageError(`"${input}" has no usable host name`);
    const site = bySite.get(siteId) ?? { siteId, seedUrls: [], locations: [] };
    if (!site.seedUrls.includes(parsed.url)) site.seedUrls.push(parsed.url);
    bySite.set(siteId, site);
  }
  return [...bySite.values()];
}

/** Sites from command-line URLs and, when given, a seeds file (merged by site). */
export async function sitesFromInput(urls: string[], seedsFile?: string): Promise<NewSite[]> {
  if (seedsFile) throw new UsageError('--seeds is not available yet in this build');
  return sitesFromUrls(urls);
}
