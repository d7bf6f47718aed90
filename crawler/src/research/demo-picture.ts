// Regenerates docs/img/research-charts.png for the README: the real school locations of the DUO geo
// file with SYNTHETIC findings (the picture shows what the charts look like, not a measurement), rendered
// by the research section and photographed by the system Chromium.
//   npx tsx crawler/src/research/demo-picture.ts /path/to/scholen20241122.geo.zip [out.png]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { findBrowser } from '../fetch/find-browser.ts';
import { REPORT_CSS } from '../report/report-style.ts';
import { openCrawlStore } from '../store/index.ts';
import type { SiteLocation } from '../store/records.ts';
import { loadResearchInput } from './load-research.ts';
import { researchSection } from './research-section.ts';
import { computeResearchStats } from './research-stats.ts';
import { buildSyntheticCrawl } from './synthetic-crawl.fixture.ts';

const VO_TYPE = /^(VBO|MAVO|HAVO|VWO|PRO|BRUGJAAR)/;

/** po and vo locations of the geo file as registry locations (special education left out). */
function schoolsFromGeoZip(file: string): SiteLocation[] {
  const [json] = Object.values(unzipSync(readFileSync(file), { filter: (e) => e.name.endsWith('.json') }));
  const features = (JSON.parse(strFromU8(json)) as { features: { properties: Record<string, string | null> }[] }).features;
  return features.flatMap(({ properties: p }) => {
    const type = p.type === 'basisschool' ? 'po' : VO_TYPE.test(p.type ?? '') ? 'vo' : undefined;
    if (!type || !p.vestigingscode) return [];
    return [{ code: p.vestigingscode, name: p.naam ?? undefined, place: p.plaats ?? undefined, province: p.provincie ?? undefined, denomination: p.denominatie ?? undefined, type, board: p.brin_nummer ?? undefined }];
  });
}

const ARRANGE_FIGURES = `(() => {
  const figures = [...document.querySelectorAll('section.research figure')];
  const byTitle = (t) => figures.find((f) => (f.querySelector('svg > title')?.textContent ?? '').includes(t));
  const note = document.createElement('p');
  note.className = 'synthetic';
  note.textContent = 'Synthetische bevindingen op echte schoollocaties (DUO), alleen ter illustratie van de grafieken.';
  document.querySelector('#shot .left').append(note, byTitle('Aandeel gemarkeerde scholen').cloneNode(true), byTitle('provincie').cloneNode(true));
  document.querySelector('#shot .right').append(byTitle('Kaart').cloneNode(true));
})()`;

async function main(geoZip: string, out: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'demo-picture-'));
  try {
    await buildSyntheticCrawl(dir, { schools: schoolsFromGeoZip(geoZip), seed: 'readme', pagesPerSite: 2 });
    const store = openCrawlStore(dir);
    const { stats } = computeResearchStats(await loadResearchInput(store, dir, { geoFile: geoZip }));
    await store.close();
    const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>${REPORT_CSS}
      body { max-width: none; } #shot { display: flex; gap: 24px; align-items: flex-start; padding: 8px; background: #fff; width: max-content; }
      #shot figure { margin: 0; } #shot .left { width: 720px; } .synthetic { font-weight: 600; color: #b3261e; }</style></head>
      <body>${researchSection(stats)}<div id="shot"><div class="left"></div><div class="right"></div></div></body></html>`);
    await page.evaluate(ARRANGE_FIGURES); // a string: tsx would add helpers to a function that the page lacks
    await page.locator('#shot').screenshot({ path: out });
    await browser.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [geoZip, out = 'docs/img/research-charts.png'] = process.argv.slice(2);
if (!geoZip) {
  process.stderr.write('usage: npx tsx crawler/src/research/demo-picture.ts GEO_ZIP [OUT.png]\n');
  process.exitCode = 2;
} else {
  await main(resolve(geoZip), resolve(out));
}
