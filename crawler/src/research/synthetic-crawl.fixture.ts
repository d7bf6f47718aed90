// A synthetic crawl folder built through the CrawlStore API, for tests, the benchmark and the README
// picture: registry-like schools (generated, or given), websites shared by some, sites fully or partly
// crawled or failed, findings with evidence. Version 2 of the same folder carries planned changes, so a
// diff has a known answer. Deterministic for a seed. Not real data: never publish figures from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../../shared/src/index.ts';
import { openCrawlStore } from '../store/index.ts';
import type { CrawlFinding, NewSite, PageCommit, SiteLocation } from '../store/records.ts';
import { sha256Hex } from '../store/finding-key.ts';
import { randomFor, randomIndex, type Random } from './prng.ts';
import type { ResearchManifestFields } from './research-manifest.ts';

export interface SyntheticOptions {
  /** Registry locations to use (e.g. from the geo file); generated when absent. */
  schools?: SiteLocation[];
  count?: number;
  seed?: string;
  version?: 1 | 2;
  pagesPerSite?: number;
  /** PNG bytes written as the screenshot of every finding. */
  screenshot?: Uint8Array;
}

export interface PlannedChanges {
  removed: string[];
  added: string[];
  edited: string[];
  vanished: string[];
}

const PROVINCES = ['Groningen', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'];
const DENOMINATIONS = ['Openbaar', 'Rooms-Katholiek', 'Protestants-Christelijk', 'Algemeen bijzonder', 'Interconfessioneel', 'Islamitisch'];
const PASSAGES: Record<Category, { text: string; trigger: string }[]> = {
  'commercial-tutoring': [
    { text: 'Wij werken samen met huiswerkinstituut De Slimme Uil; leerlingen krijgen korting op het abonnement van € 95 per maand.', trigger: 'werken samen met huiswerkinstituut' },
    { text: 'Voor bijles kunt u zich aanmelden bij ons partnerbureau, dat na schooltijd in het gebouw lesgeeft tegen betaling.', trigger: 'aanmelden bij ons partnerbureau' },
  ],
  'mandatory-contribution': [
    { text: 'De ouderbijdrage van € 60 is verplicht en wordt in oktober geïncasseerd; bij niet betalen volgt een aanmaning.', trigger: 'is verplicht' },
    { text: 'Leerlingen van wie de bijdrage voor de werkweek niet is betaald, volgen een vervangend programma op school.', trigger: 'vervangend programma' },
  ],
};

const NEW_IN_V2 = { text: 'Nieuw dit schooljaar: deelname aan de sportklas kan alleen na betaling van € 150.', trigger: 'alleen na betaling' };

export function generatedSchools(count: number, seed = 'synthetic'): SiteLocation[] {
  const random = randomFor(seed, 'schools');
  const schools: SiteLocation[] = [];
  for (let i = 0; i < count; i++) {
    const board = String(10000 + Math.floor(i / (1 + randomIndex(random, 12))) % Math.max(1, Math.floor(count / 3)));
    schools.push({
      code: `${String(i).padStart(5, '0')}X`, name: `School ${i}`, place: `Plaats ${i % 400}`, type: random() < 0.78 ? 'po' : 'vo',
      province: PROVINCES[randomIndex(random, PROVINCES.length)], denomination: DENOMINATIONS[randomIndex(random, DENOMINATIONS.length)], board,
    });
  }
  return schools;
}

/** Writes the folder and returns what version 2 changes relative to version 1 (the same for both calls). */
export async function buildSyntheticCrawl(dir: string, options: SyntheticOptions = {}): Promise<PlannedChanges> {
  const seed = options.seed ?? 'synthetic';
  const schools = options.schools ?? generatedSchools(options.count ?? 200, seed);
  const random = randomFor(seed, 'crawl');
  const withoutWebsite: SiteLocation[] = [];
  const sites: NewSite[] = [];
  for (let i = 0; i < schools.length; i++) {
    if (random() < 0.04) {
      withoutWebsite.push(schools[i]);
      continue;
    }
    const shared = random() < 0.1 && i + 1 < schools.length && schools[i + 1].board === schools[i].board;
    const locations = shared ? [schools[i], schools[++i]] : [schools[i]];
    const siteId = `school-${sites.length}.test`;
    sites.push({ siteId, seedUrls: [`https://${siteId}/`], locations });
  }
  const store = openCrawlStore(dir);
  const planned: PlannedChanges = { removed: [], added: [], edited: [], vanished: [] };
  try {
    await store.putManifest({
      toolVersion: '0.1.0', createdAt: '2025-01-06T09:00:00.000Z', options: { synthetic: true, seed }, seedFiles: [],
      ...(withoutWebsite.length ? { locationsWithoutWebsite: withoutWebsite } : {}),
    } as ResearchManifestFields & { toolVersion: string; createdAt: string; options: Record<string, unknown> });
    const run = await store.startRun({ owner: 'synthetic', startedAt: '2025-01-06T09:00:00.000Z', resumed: false });
    await store.addSites(sites);
    for (const [index, site] of sites.entries()) await writeSite(store, dir, site, index, randomFor(seed, `site:${index}`), options, planned);
    await store.endRun(run, { endedAt: '2025-01-06T17:00:00.000Z', exitCode: 0 });
  } finally {
    await store.close();
  }
  return planned;
}

async function writeSite(
  store: ReturnType<typeof openCrawlStore>, dir: string, site: NewSite, index: number, random: Random, options: SyntheticOptions, planned: PlannedChanges,
): Promise<void> {
  const v2 = options.version === 2;
  const outcome = random();
  const pages = Array.from({ length: options.pagesPerSite ?? 8 }, (_, p) => `https://${site.siteId}/${p === 0 ? '' : `pagina-${p}`}`);
  await store.seedSite(site.siteId, pages.map((url, p) => ({ url, depth: p === 0 ? 0 : 1 })));
  if (outcome < 0.03) {
    await store.commitPage({ page: { siteId: site.siteId, url: pages[0], depth: 0, stage: 'none', attempts: 3, rendered: false, error: 'timeout' }, outcome: 'failed', findings: [], discovered: [], outlinks: [] });
    await store.skipQueued(site.siteId, 'out-of-scope');
    await store.finishSite(site.siteId, 'failed', (['dns', 'timeout', 'robots'] as const)[index % 3]);
    return;
  }
  const partial = outcome < 0.08;
  const findings = siteFindings(site, pages, random);
  // Version 2: planned changes at fixed strides, so tests and the benchmark know the answer.
  const changes = v2 && !partial;
  const firstLikely = findings.findIndex((f) => f.level === 'likely');
  if (changes && index % 10 === 3 && firstLikely >= 0) {
    findings.splice(firstLikely, 1);
    planned.removed.push(site.siteId);
  } else if (changes && index % 7 === 5 && firstLikely >= 0) {
    findings[firstLikely] = { ...findings[firstLikely], text: `${findings[firstLikely].text} Zie ook de schoolgids.` };
    planned.edited.push(site.siteId);
  }
  if (changes && index % 13 === 6) {
    findings.push(makeFinding(site.siteId, pages[pages.length - 1], 'mandatory-contribution', NEW_IN_V2, 'likely'));
    planned.added.push(site.siteId);
  }
  const gone = changes && index % 17 === 2 ? pages.slice(1, -1).reverse().find((url) => !findings.some((f) => f.url === url)) : undefined;
  if (gone) planned.vanished.push(gone);
  for (const [p, url] of pages.entries()) {
    if (partial && p >= pages.length - 2) break;
    const onPage = findings.filter((f) => f.url === url);
    if (options.screenshot) for (const f of onPage) writeScreenshot(dir, f, options.screenshot);
    const commit: PageCommit = url === gone
      ? { page: { siteId: site.siteId, url, depth: 1, stage: 'fetched', attempts: 1, rendered: false, status: 404, error: 'http-4xx' }, outcome: 'failed', findings: [], discovered: [], outlinks: [] }
      : {
        page: { siteId: site.siteId, url, depth: p === 0 ? 0 : 1, stage: 'stored', attempts: 1, rendered: false, status: 200, kind: 'html', sha256: sha256Hex(url), fetchedAt: '2025-01-06T10:00:00.000Z' },
        outcome: 'done', findings: onPage, discovered: [], outlinks: [],
      };
    await store.commitPage(commit);
  }
  if (partial) await store.skipQueued(site.siteId, 'page-cap');
  await store.finishSite(site.siteId, partial ? 'partial' : 'finished', partial ? 'page-cap' : undefined);
}

function siteFindings(site: NewSite, pages: string[], random: Random): CrawlFinding[] {
  const findings: CrawlFinding[] = [];
  const rates: Record<Category, number> = { 'commercial-tutoring': site.locations[0].type === 'vo' ? 0.3 : 0.1, 'mandatory-contribution': 0.2 };
  for (const category of Object.keys(rates) as Category[]) {
    if (random() < rates[category]) {
      const passage = PASSAGES[category][randomIndex(random, 2)];
      findings.push(makeFinding(site.siteId, pages[1 + randomIndex(random, pages.length - 1)], category, passage, 'likely'));
    }
    if (random() < 0.15) findings.push(makeFinding(site.siteId, pages[0], category, { text: `Vraag het de administratie ${category === 'commercial-tutoring' ? 'voor huiswerkbegeleiding' : 'voor de schoolkosten'}.`, trigger: 'administratie' }, 'review'));
  }
  return findings;
}

function makeFinding(siteId: string, url: string, category: Category, passage: { text: string; trigger: string }, level: 'likely' | 'review'): CrawlFinding {
  const start = passage.text.indexOf(passage.trigger);
  const sha = sha256Hex(`${url}|${passage.text}`);
  return {
    category, level, score: level === 'likely' ? 0.9 : 0.55, text: passage.text, span: { start, end: start + passage.trigger.length },
    reasons: [level === 'likely' ? 'De school verwijst naar een betaalde dienst of noemt een bijdrage verplicht.' : 'Mogelijk relevant; nakijken.'],
    ruleIds: ['synthetic'], url, siteId, blockIndex: 1,
    evidence: { screenshot: `evidence/${siteId}/${sha.slice(0, 32)}.png`, sha256: sha, capturedAt: '2025-01-06T10:00:00.000Z', toolVersion: '0.1.0', userAgent: 'synthetic' },
  };
}

function writeScreenshot(dir: string, finding: CrawlFinding, png: Uint8Array): void {
  mkdirSync(join(dir, 'evidence', finding.siteId), { recursive: true });
  writeFileSync(join(dir, finding.evidence.screenshot!), png);
}
