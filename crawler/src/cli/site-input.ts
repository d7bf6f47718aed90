// Turns the command line's URLs and/or a seeds file (URL list or DUO registry CSV) into sites for the store.
import { loadSeeds, seedsFromUrls, type SeedList, type SeedProblem, type SiteSeed } from '../seed/seed-list.ts';
import type { RegistryLocation } from '../seed/duo-registry.ts';
import type { NewSite, SiteLocation } from '../store/records.ts';
import { UsageError } from './options.ts';

export interface SiteInput {
  sites: NewSite[];
  /** Lines or registry values that could not be used, for a warning. */
  problems: SeedProblem[];
  locationsWithoutWebsite: number;
  /** Those registry locations themselves: research counts them as schools that could not be crawled. */
  withoutWebsite: SiteLocation[];
}

/** Sites from command-line URLs and seeds files, merged by site in input order. */
export async function sitesFromInput(urls: string[], seedsFiles: string[]): Promise<SiteInput> {
  const fromUrls = seedsFromUrls(urls);
  const badUrl = fromUrls.problems[0];
  if (badUrl) throw new UsageError(`"${badUrl.value}" is not a usable web address (${badUrl.reason})`);
  const lists: Pick<SeedList, 'sites' | 'problems' | 'locationsWithoutWebsite'>[] = [fromUrls];
  for (const file of seedsFiles) {
    try {
      lists.push(await loadSeeds(file));
    } catch (error) {
      throw new UsageError(`cannot read seeds file ${file}: ${(error as Error).message}`);
    }
  }
  const bySite = new Map<string, NewSite>();
  for (const seed of lists.flatMap((l) => l.sites)) {
    const site = bySite.get(seed.siteId);
    if (site) mergeInto(site, seed);
    else bySite.set(seed.siteId, toNewSite(seed));
  }
  return {
    sites: [...bySite.values()],
    problems: lists.flatMap((l) => l.problems),
    locationsWithoutWebsite: lists.reduce((n, l) => n + l.locationsWithoutWebsite.length, 0),
    withoutWebsite: lists.flatMap((l) => l.locationsWithoutWebsite.map(toSiteLocation)),
  };
}

function toNewSite(seed: SiteSeed): NewSite {
  return {
    siteId: seed.siteId,
    seedUrls: [...seed.startUrls],
    locations: seed.locations.map(toSiteLocation),
    ...(seed.pathScoped ? { pathScoped: true } : {}),
  };
}

function mergeInto(site: NewSite, seed: SiteSeed): void {
  for (const url of seed.startUrls) if (!site.seedUrls.includes(url)) site.seedUrls.push(url);
  site.locations.push(...seed.locations.map(toSiteLocation));
}

/** The registry fields reports and research statistics use; the full DUO row stays in the registry file. */
export function toSiteLocation(l: RegistryLocation): SiteLocation {
  return {
    code: l.vestigingscode, name: l.naam, place: l.plaats, type: l.sector, structure: l.onderwijsstructuur,
    province: l.provincie, municipality: l.gemeente, denomination: l.denominatie, board: l.bevoegdGezag,
    institution: l.instellingscode, website: l.website,
  };
}
