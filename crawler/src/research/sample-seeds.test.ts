import { describe, expect, it } from 'vitest';
import type { NewSite, SiteLocation } from '../store/records.ts';
import { prepareResearchSeeds } from './sample-seeds.ts';

const location = (code: string, type: string, province: string, board = `b-${code}`): SiteLocation => ({ code, type, province, board, name: code });

/** 60 po schools in Utrecht, 30 po in Zeeland, 10 vo in Zeeland; P002/P003 share a website; 4 have none. */
function population() {
  const locations = [
    ...Array.from({ length: 60 }, (_, i) => location(`P${String(i).padStart(3, '0')}`, 'po', 'Utrecht', i < 4 ? 'big' : undefined)),
    ...Array.from({ length: 30 }, (_, i) => location(`Q${String(i).padStart(3, '0')}`, 'po', 'Zeeland')),
    ...Array.from({ length: 10 }, (_, i) => location(`V${String(i).padStart(3, '0')}`, 'vo', 'Zeeland')),
  ];
  const noWebsite = new Set(['P050', 'Q020', 'Q021', 'V009']);
  const sites: NewSite[] = [];
  for (const l of locations) {
    if (noWebsite.has(l.code!)) continue;
    if (l.code === 'P003') sites.find((s) => s.siteId === 'P002.test')!.locations.push(l);
    else sites.push({ siteId: `${l.code}.test`, seedUrls: [`http://${l.code}.test/`], locations: [l] });
  }
  return { sites, withoutWebsite: locations.filter((l) => noWebsite.has(l.code!)) };
}

const codes = (sites: NewSite[]) => sites.flatMap((s) => s.locations.map((l) => l.code)).sort();

describe('prepareResearchSeeds', () => {
  it('draws the same schools for the same seed and others for another seed', () => {
    const request = { sample: 20, sampleSeed: '2025', strata: 'type,province' };
    const a = prepareResearchSeeds(population(), request);
    const b = prepareResearchSeeds(population(), request);
    const c = prepareResearchSeeds(population(), { ...request, sampleSeed: '2026' });
    expect(a.manifest.sample!.drawn).toEqual(b.manifest.sample!.drawn);
    expect(codes(a.sites)).toEqual(codes(b.sites));
    expect(a.manifest.sample!.drawn).not.toEqual(c.manifest.sample!.drawn);
  });

  it('draws each stratum in proportion to its size (20 of 100: 12, 6, 2)', () => {
    const { manifest, sites, withoutWebsite } = prepareResearchSeeds(population(), { sample: 20, sampleSeed: 'x', strata: 'type,province' });
    expect(manifest.sample!.perStratum).toEqual([
      { key: 'po | Utrecht', population: 60, sample: 12 },
      { key: 'po | Zeeland', population: 30, sample: 6 },
      { key: 'vo | Zeeland', population: 10, sample: 2 },
    ]);
    const drawn = manifest.sample!.drawn;
    expect(drawn).toHaveLength(20);
    expect(drawn.filter((c) => c.startsWith('P'))).toHaveLength(12);
    expect(drawn.filter((c) => c.startsWith('Q'))).toHaveLength(6);
    // Every drawn school is either on a site to crawl or recorded as having no website; nothing else is.
    expect([...codes(sites), ...withoutWebsite.map((l) => l.code)].sort()).toEqual(drawn);
    expect(manifest.locationsWithoutWebsite ?? []).toEqual(withoutWebsite);
    expect(manifest.sampleSeed).toBe('x');
  });

  it('keeps only the drawn schools of a shared website', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { sites, manifest } = prepareResearchSeeds(population(), { sample: 30, sampleSeed: String(seed) });
      const shared = sites.find((s) => s.siteId === 'P002.test');
      const drawnShared = ['P002', 'P003'].filter((c) => manifest.sample!.drawn.includes(c));
      expect(shared?.locations.map((l) => l.code) ?? []).toEqual(drawnShared);
    }
  });

  it('records board sizes from the whole registry, before sampling', () => {
    const { sites } = prepareResearchSeeds(population(), { sample: 100, sampleSeed: 'all' });
    const big = sites.flatMap((s) => s.locations).filter((l) => l.board === 'big');
    expect(big.map((l) => l.boardSize)).toEqual(['4', '4', '4', '4']);
  });

  it('without --sample keeps every site and lists the schools without a website', () => {
    const { sites, manifest } = prepareResearchSeeds(population(), {});
    expect(sites).toHaveLength(95);
    expect(manifest.sample).toBeUndefined();
    expect(manifest.locationsWithoutWebsite?.map((l) => l.code)).toEqual(['P050', 'Q020', 'Q021', 'V009']);
  });

  it('rejects an unknown stratum and strata without --sample', () => {
    expect(() => prepareResearchSeeds(population(), { sample: 5, strata: 'type,colour' })).toThrow(/unknown stratum colour/);
    expect(() => prepareResearchSeeds(population(), { strata: 'type' })).toThrow(/need --sample/);
  });
});
