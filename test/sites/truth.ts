/** Ground truth from the built sites: what tests and benchmarks compare a crawl against. */
import type { BuiltSite, ResolvedPlant } from './build-site.ts';
import type { SiteSpec } from './spec.ts';
import type { Planted, RegistryLocation, SiteTruth, WebChange } from './types.ts';

function planted(site: BuiltSite, plant: ResolvedPlant): Planted {
  return {
    category: plant.spec.category,
    path: plant.path,
    phrase: plant.spec.phrase,
    ...(plant.pdfPage !== undefined ? { pdfPage: plant.pdfPage } : {}),
    ...(plant.rendered ? { rendered: true } : {}),
    ...(plant.host !== site.host ? { host: plant.host } : {}),
  };
}

export function registryOf(spec: SiteSpec): RegistryLocation[] {
  return spec.locations.map((location) => ({
    vestigingscode: location.code,
    naam: location.naam ?? spec.name,
    plaats: location.plaats ?? spec.plaats,
    provincie: spec.provincie,
    denominatie: spec.denominatie,
    bevoegdGezag: spec.bestuur.nummer,
    ...(location.onderwijsstructuur ? { onderwijsstructuur: location.onderwijsstructuur } : {}),
    straat: location.straat,
    huisnummer: location.huisnummer,
    postcode: location.postcode,
    gemeente: location.gemeente ?? spec.gemeente,
    telefoon: location.telefoon,
  }));
}

export function siteTruth(site: BuiltSite, origin: (host: string) => string): SiteTruth {
  const { spec } = site;
  const mainPages = site.pages.filter((page) => page.host === site.host);
  const visible = site.plants.filter((plant) => !plant.offLimits);
  return {
    id: spec.id,
    host: site.host,
    hosts: [site.host, site.alias, ...(spec.subdomain ? [spec.subdomain.host] : [])],
    seedUrl: `${origin(site.host)}/`,
    sector: spec.sector,
    name: spec.name,
    registry: registryOf(spec),
    violations: visible.filter((plant) => plant.spec.truth === 'violation').map((plant) => planted(site, plant)),
    cleanLookAlikes: visible.filter((plant) => plant.spec.truth === 'clean').map((plant) => planted(site, plant)),
    pages: [...mainPages.filter((page) => !page.disallowed).map((page) => page.path), site.guide.path],
    subdomainPages: site.pages.filter((page) => page.host !== site.host).map((page) => ({ host: page.host, path: page.path })),
    disallowedPages: mainPages.filter((page) => page.disallowed).map((page) => (page.anyQuery ? `${page.path}?q=schoolgids` : page.path)),
    offLimits: site.plants.filter((plant) => plant.offLimits).map((plant) => planted(site, plant)),
    sitemapOnlyPages: mainPages.filter((page) => !page.linked).map((page) => page.path),
    brokenLinks: [...site.brokenLinks, ...site.removedPages.map((target) => target.path)],
    sitemap: spec.sitemap,
    ...(spec.robots.crawlDelay !== undefined ? { crawlDelaySeconds: spec.robots.crawlDelay } : {}),
    schoolGuide: { path: site.guide.path, pageCount: spec.guidePages },
  };
}

/** The planned differences between version 1 and version 2 of one site. */
export function siteChanges(v1: BuiltSite, v2: BuiltSite): WebChange[] {
  const changes: WebChange[] = [];
  const siteId = v1.spec.id;
  const pathIn = (site: BuiltSite, phrase: string): string | undefined => site.plants.find((plant) => plant.spec.phrase === phrase)?.path;
  for (const plant of v1.spec.plants) {
    const base = { siteId, phrase: plant.phrase, category: plant.category };
    if (plant.v2 === 'remove') changes.push({ kind: 'removed', path: pathIn(v1, plant.phrase)!, ...base });
    else if (plant.v2 === 'add') changes.push({ kind: 'added', path: pathIn(v2, plant.phrase)!, ...base });
    else if (plant.v2) changes.push({ kind: 'edited', path: pathIn(v2, plant.phrase)!, before: plant.v2.before, after: plant.v2.after, ...base });
  }
  const removedTitle = v1.spec.v2RemovedNews;
  if (removedTitle) {
    const lost = v1.plants.find((plant) => plant.spec.at === `news:${removedTitle}`);
    if (!lost) throw new Error(`${siteId}: the removed news item must carry a planted passage`);
    changes.push({ kind: 'page-removed', siteId, path: lost.path, phrase: lost.spec.phrase, category: lost.spec.category });
  }
  return changes;
}
