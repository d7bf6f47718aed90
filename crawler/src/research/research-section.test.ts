import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openCrawlStore } from '../store/index.ts';
import { commit, finding, page } from '../store/store-fixtures.ts';
import { geoPointsFromGeoJson, readGeoPoints } from './geo-points.ts';
import { loadResearchInput } from './load-research.ts';
import { researchSection } from './research-section.ts';
import { computeResearchStats } from './research-stats.ts';
import { writeFileSync } from 'node:fs';

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>`;

async function statsWithHostileRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'section-'));
  const store = openCrawlStore(dir);
  await store.putManifest({ toolVersion: '0.1.0', createdAt: '2025-01-01T00:00:00Z', options: { out: HOSTILE } });
  await store.addSites([{ siteId: 'a.test', seedUrls: ['http://a.test/'], locations: [{ code: '01AB00', name: HOSTILE, province: HOSTILE, denomination: `"${HOSTILE}`, type: 'po' }] }]);
  await store.seedSite('a.test', [{ url: 'http://a.test/', depth: 0 }]);
  await store.commitPage(commit('http://a.test/', { page: page('http://a.test/'), findings: [finding('http://a.test/', 'Lyceo')] }));
  await store.finishSite('a.test', 'finished');
  const geoFile = join(dir, 'scholen.geo.zip');
  const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { vestigingscode: '01ab00', leerlingen: 212 }, geometry: { type: 'Point', coordinates: [5.12, 52.09] } }] };
  writeFileSync(geoFile, zipSync({ 'scholen.geo.json': strToU8(JSON.stringify(geojson)) }));
  const input = await loadResearchInput(store, dir, { geoFile });
  await store.close();
  return computeResearchStats(input).stats;
}

describe('research section of report.html', () => {
  it('escapes every registry and option value and draws inline SVG charts with the map', async () => {
    const section = researchSection(await statsWithHostileRegistry()).toString();
    expect(section).not.toMatch(/<script/i);
    expect(section).not.toMatch(/<img/i);
    expect(section).not.toMatch(/<[a-z]+[^>]*\son[a-z]+=/i);
    expect(section).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(section.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
    expect(section).toMatch(/<title>Kaart van de scholen<\/title>/);
    expect(section).toMatch(/>bijles \(1\)</); // map legend: one school flagged for tutoring
    expect(section).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('readGeoPoints', () => {
  it('reads points by vestigingscode from a zipped GeoJSON', async () => {
    const stats = await statsWithHostileRegistry();
    expect(stats.map).toEqual({ points: [[5.12, 52.09, 2]], schools: 1, withCoordinates: 1 });
  });

  it('skips features without a point or a code, and keeps pupil counts', () => {
    const points = geoPointsFromGeoJson({
      features: [
        { properties: { vestigingscode: '32DD00', leerlingen: null }, geometry: { type: 'Point', coordinates: [4.3, 52.1] } },
        { properties: { vestigingscode: '32DE00', leerlingen: 180 }, geometry: { type: 'Point', coordinates: [4.4, 52.2] } },
        { properties: { vestigingscode: '' }, geometry: { type: 'Point', coordinates: [4.4, 52.2] } },
        { properties: { vestigingscode: '32DF00' }, geometry: null },
      ],
    });
    expect([...points]).toEqual([['32DD00', { lon: 4.3, lat: 52.1 }], ['32DE00', { lon: 4.4, lat: 52.2, pupils: 180 }]]);
    expect(() => readGeoPoints('/nonexistent.zip')).toThrow();
  });
});
