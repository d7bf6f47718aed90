import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getText } from './client.ts';
import { PO_COLUMNS, VO_COLUMNS, type SeedFiles } from './seed-files.ts';
import { startTestWeb, writeSeedFiles, type TestWeb } from './server.ts';

// The DUO files live in shared/ beside the checkout (so in CI too), not at a fixed path.
const SHARED_DATA = new URL('../../../shared/data', import.meta.url).pathname;
const REAL_PO = SHARED_DATA + '/02.-alle-schoolvestigingen-basisonderwijs.csv';
const REAL_VO = SHARED_DATA + '/02.-alle-vestigingen-vo.csv';

let web: TestWeb;
let dir: string;
let files: SeedFiles;

beforeAll(async () => {
  web = await startTestWeb();
  dir = await mkdtemp(path.join(os.tmpdir(), 'schoolscan-seeds-'));
  files = await writeSeedFiles(web, dir);
});

afterAll(async () => {
  await web?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function parseRegistry(text: string): Record<string, string>[] {
  return parse(text, { delimiter: ';', columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** 'www.x.test:1234/' or 'HTTP://…' → a URL string, as a crawler should normalise INTERNETADRES. */
function seedUrlOf(internetadres: string): string {
  const trimmed = internetadres.trim().toLowerCase();
  return new URL(/^https?:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).href;
}

describe('seed files', () => {
  it('po registry is Windows-1252 with CRLF and the 31 DUO columns; accents survive only that decoding', async () => {
    const bytes = await readFile(files.registryPo);
    const text = iconv.decode(bytes, 'windows-1252');
    expect(text.split('\r\n')[0]).toBe(PO_COLUMNS.join(';'));
    expect(text.split('\r\n').length - 2).toBe(parseRegistry(text).length);
    expect(text).toContain('Daltonschool De Ideeënfabriek');
    expect(text).toContain('OBS Carré');
    expect(text).toContain('IKC Het Mozaïek');
    expect(bytes.includes(Buffer.from('Ideeënfabriek', 'utf8'))).toBe(false);
    expect(bytes.includes(iconv.encode('Ideeënfabriek', 'windows-1252'))).toBe(true);
    for (const row of parseRegistry(text)) expect(Object.keys(row)).toHaveLength(31);
  });

  it('vo registry is UTF-8 with the 32 DUO columns including ONDERWIJSSTRUCTUUR', async () => {
    const text = await readFile(files.registryVo, 'utf8');
    expect(text.split('\n')[0]).toBe(VO_COLUMNS.join(';'));
    const rows = parseRegistry(text);
    expect(rows.length).toBeGreaterThanOrEqual(14);
    for (const row of rows) {
      expect(Object.keys(row)).toHaveLength(32);
      expect(row.ONDERWIJSSTRUCTUUR).toMatch(/^(VBO|MAVO|HAVO|VWO|PRO|BRUGJAAR)(\/(VBO|MAVO|HAVO|VWO|PRO))*$/);
    }
    expect(text).toContain('Mariënburg College');
    expect(text).toContain('Scholengemeenschap De Brêge');
  });

  it.skipIf(!existsSync(REAL_PO) || !existsSync(REAL_VO))('uses exactly the headers of the real DUO files', () => {
    const firstLine = (file: string, encoding: 'windows-1252' | 'utf8') => iconv.decode(readFileSync(file), encoding).split(/\r?\n/)[0];
    expect(PO_COLUMNS.join(';')).toBe(firstLine(REAL_PO, 'windows-1252'));
    expect(VO_COLUMNS.join(';')).toBe(firstLine(REAL_VO, 'utf8'));
  });

  it('writes INTERNETADRES in varied forms, shares websites between locations, leaves some empty', async () => {
    const rows = [
      ...parseRegistry(iconv.decode(await readFile(files.registryPo), 'windows-1252')),
      ...parseRegistry(await readFile(files.registryVo, 'utf8')),
    ];
    const addresses = rows.map((row) => row.INTERNETADRES);
    expect(addresses.filter((address) => address === ' ').length).toBeGreaterThanOrEqual(3);
    const withSite = addresses.filter((address) => address.trim() !== '');
    expect(withSite.some((address) => !address.includes('://'))).toBe(true);
    expect(withSite.some((address) => address.startsWith('http://'))).toBe(true);
    expect(withSite.some((address) => address !== address.toLowerCase())).toBe(true);

    const siteOf = (address: string) => web.sites.find((site) => site.hosts.includes(new URL(seedUrlOf(address)).hostname));
    const locationsPerSite = new Map<string, number>();
    for (const address of withSite) {
      const site = siteOf(address);
      expect(site, address).toBeDefined();
      locationsPerSite.set(site!.id, (locationsPerSite.get(site!.id) ?? 0) + 1);
    }
    expect([...locationsPerSite.values()].some((count) => count > 1)).toBe(true);
    expect(locationsPerSite.size).toBe(web.sites.length);
    const sample = await getText(seedUrlOf(withSite.find((address) => address.startsWith('http://'))!));
    expect(sample.status).toBe(200);
  });

  it('matches the registry truth of every site', async () => {
    const rows = [
      ...parseRegistry(iconv.decode(await readFile(files.registryPo), 'windows-1252')),
      ...parseRegistry(await readFile(files.registryVo, 'utf8')),
    ];
    for (const site of web.sites) {
      for (const location of site.registry) {
        const row = rows.find((r) => r.VESTIGINGSCODE === location.vestigingscode);
        expect(row, location.vestigingscode).toMatchObject({
          VESTIGINGSNAAM: location.naam,
          PLAATSNAAM: location.plaats.toUpperCase(),
          PROVINCIE: location.provincie,
          DENOMINATIE: location.denominatie,
          'BEVOEGD GEZAG NUMMER': location.bevoegdGezag,
          INSTELLINGSCODE: location.vestigingscode.slice(0, 4),
        });
      }
    }
  });

  it('lists every site seed in urls.txt and every hostile seed in hostile-urls.txt', async () => {
    expect((await readFile(files.urls, 'utf8')).trim().split('\n')).toEqual(web.sites.map((site) => site.seedUrl));
    expect((await readFile(files.hostileUrls, 'utf8')).trim().split('\n')).toEqual(web.hostile.map((host) => host.seedUrl));
  });
});
