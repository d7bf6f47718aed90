import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SiteScope } from '../fetch/site-scope.ts';
import { loadSeeds, seedsFromUrls } from './seed-list.ts';

async function tempFile(name: string, content: string | Buffer): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'schoolscan-seeds-')), name);
  await writeFile(file, content);
  return file;
}

const HEADER = 'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;PLAATSNAAM;GEMEENTENAAM;DENOMINATIE;INTERNETADRES';
const row = (code: string, name: string, website: string) => `Utrecht;1;${code.slice(0, 4)};${code};${name};UTRECHT;UTRECHT;Openbaar;${website}`;

describe('loadSeeds', () => {
  it('groups DUO locations that share a website into one site and credits each', async () => {
    const csv = [
      HEADER,
      row('11AA00', 'OBS De Regenboog', 'www.obs-regenboog.nl'),
      row('11AA01', 'OBS De Regenboog dependance', 'https://obs-regenboog.nl/'),
      row('22BB00', 'CBS Het Kompas', 'http://www.het-kompas.nl/'),
      row('33CC00', 'Zevenster', 'zevenster.quadraten.nl'),
      row('44DD00', 'Wegwijzer', 'wegwijzer.quadraten.nl'),
      row('55EE00', 'Fluessen', 'www.nijegaast.nl/fluessen'),
      row('66FF00', 'Bolster', 'www.nijegaast.nl/bolster'),
      row('77GG00', 'Zonder site', ' '),
      row('88HH00', 'Telefoon', '0301234567'),
      row('99JJ00', 'Café Één', 'www.cafe-een.nl'),
    ].join('\r\n');
    const seeds = await loadSeeds(await tempFile('po.csv', iconv.encode(csv, 'win1252')));
    expect(seeds.format).toBe('duo-csv');
    expect(seeds.sites.map((s) => s.siteId)).toEqual([
      'obs-regenboog.nl',
      'het-kompas.nl',
      'zevenster.quadraten.nl',
      'wegwijzer.quadraten.nl',
      'nijegaast.nl_fluessen',
      'nijegaast.nl_bolster',
      'cafe-een.nl',
    ]);
    const regenboog = seeds.sites[0];
    expect(regenboog.startUrls).toEqual(['http://www.obs-regenboog.nl/']);
    expect(regenboog.domainKey).toBe('obs-regenboog.nl');
    expect(regenboog.locations.map((l) => l.vestigingscode)).toEqual(['11AA00', '11AA01']);
    expect(seeds.sites[4]).toMatchObject({ pathScoped: true, domainKey: 'nijegaast.nl', startUrls: ['http://www.nijegaast.nl/fluessen'] });
    expect(seeds.sites[6].locations[0].naam).toBe('Café Één');
    expect(seeds.problems).toEqual([{ row: 10, value: '0301234567', reason: 'a phone number, not a web address' }]);
    expect(seeds.locationsWithoutWebsite.map((l) => l.vestigingscode)).toEqual(['77GG00', '88HH00']);

    const fluessen = SiteScope.fromSeed(seeds.sites[4]);
    expect(fluessen.inScope('https://www.nijegaast.nl/fluessen/ouders')).toBe(true);
    expect(fluessen.inScope('https://www.nijegaast.nl/bolster/ouders')).toBe(false);
  });

  it('reads a URL list with comments, merging www/http/https variants', async () => {
    const list = [
      '# fictional schools',
      'http://www.obs-de-regenboog.test:8123/',
      'https://obs-de-regenboog.test:8123   # same site',
      '',
      'www.cbs-het-kompas.test',
      'not a url at all',
    ].join('\n');
    const seeds = await loadSeeds(await tempFile('urls.txt', list));
    expect(seeds.format).toBe('url-list');
    expect(seeds.sites).toEqual([
      { siteId: 'obs-de-regenboog.test_8123', startUrls: ['http://www.obs-de-regenboog.test:8123/'], domainKey: 'obs-de-regenboog.test', locations: [] },
      { siteId: 'cbs-het-kompas.test', startUrls: ['http://www.cbs-het-kompas.test/'], domainKey: 'cbs-het-kompas.test', locations: [] },
    ]);
    expect(seeds.problems).toEqual([{ row: 6, value: 'not a url at all', reason: 'host name has no domain ending' }]);
  });

  it('keeps sites on different localhost ports apart', () => {
    const { sites } = seedsFromUrls(['http://127.0.0.1:8001/', 'http://127.0.0.1:8002/']);
    expect(sites.map((s) => s.siteId)).toEqual(['127.0.0.1_8001', '127.0.0.1_8002']);
  });
});
