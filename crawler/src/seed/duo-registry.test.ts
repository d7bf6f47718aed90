import { existsSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDuoRegistry, readDuoRegistry } from './duo-registry.ts';

// The DUO files live in shared/ beside the checkout (so in CI too), not at a fixed path.
const SHARED_DATA = new URL('../../../../shared/data', import.meta.url).pathname;
const PO_FILE = SHARED_DATA + '/02.-alle-schoolvestigingen-basisonderwijs.csv';
const VO_FILE = SHARED_DATA + '/02.-alle-vestigingen-vo.csv';

const PO_HEADER = 'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;PLAATSNAAM;GEMEENTENAAM;DENOMINATIE;INTERNETADRES';
const VO_HEADER = 'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;PLAATSNAAM;GEMEENTENAAM;DENOMINATIE;INTERNETADRES;ONDERWIJSSTRUCTUUR';

describe('parseDuoRegistry', () => {
  it('decodes Windows-1252 and fills the location fields', () => {
    const csv = `${PO_HEADER}\r\nFryslân;41234;12AB;12AB00;Basisskoalle De Wâldrâne é ë;DRACHTEN;SMALLINGERLAND;Openbaar;www.waldrane.nl \r\n`;
    const result = parseDuoRegistry(iconv.encode(csv, 'win1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.locations[0]).toMatchObject({
      vestigingscode: '12AB00',
      instellingscode: '12AB',
      naam: 'Basisskoalle De Wâldrâne é ë',
      provincie: 'Fryslân',
      plaats: 'DRACHTEN',
      gemeente: 'SMALLINGERLAND',
      denominatie: 'Openbaar',
      bevoegdGezag: '41234',
      website: 'http://www.waldrane.nl/',
      sector: 'po',
    });
    expect(result.locations[0].onderwijsstructuur).toBeUndefined();
  });

  it('reads UTF-8 with a BOM, detects VO, lets sub-locations inherit the main website and reports bad values', () => {
    const csv = [
      `\uFEFF${VO_HEADER}`,
      'Drenthe;1;19IW;19IW00;RSG Wolfsbos;HOOGEVEEN;HOOGEVEEN;Openbaar;https://www.wolfsbos.nl/;VBO/MAVO/HAVO/VWO',
      'Drenthe;1;19IW;19IW02;RSG Wolfsbos;HOOGEVEEN;HOOGEVEEN;Openbaar;0528266192;BRUGJAAR',
      'Drenthe;1;19IW;19IW04;RSG Wolfsbos;HOOGEVEEN;HOOGEVEEN;Openbaar; ;PRO',
      'Drenthe;2;20XX;20XX01;"VMBO ""De Jutter"" Vlieland";VLIELAND;VLIELAND;Openbaar; ;VBO',
    ].join('\n');
    const result = parseDuoRegistry(Buffer.from(csv, 'utf8'));
    expect(result.encoding).toBe('utf-8');
    const [main, phone, empty, jutter] = result.locations;
    expect(main).toMatchObject({ sector: 'vo', onderwijsstructuur: 'VBO/MAVO/HAVO/VWO', website: 'https://www.wolfsbos.nl/' });
    expect(main.websiteInherited).toBeUndefined();
    expect(phone).toMatchObject({ website: 'https://www.wolfsbos.nl/', websiteInherited: true });
    expect(empty).toMatchObject({ website: 'https://www.wolfsbos.nl/', websiteInherited: true });
    expect(jutter).toMatchObject({ naam: 'VMBO "De Jutter" Vlieland', website: undefined });
    expect(result.problems).toEqual([{ row: 3, value: '0528266192', reason: 'a phone number, not a web address' }]);
  });

  it('refuses a file that is not a DUO address file', () => {
    expect(() => parseDuoRegistry(Buffer.from('naam,website\nx,y\n'))).toThrow(/not a DUO address file/);
  });
});

describe.skipIf(!existsSync(PO_FILE))('the real DUO files in ../shared/data', () => {
  it('reads the po file (Windows-1252) with accents intact', async () => {
    const { locations, encoding, problems } = await readDuoRegistry(PO_FILE);
    expect(encoding).toBe('windows-1252');
    expect(locations).toHaveLength(6122);
    expect(locations.every((l) => l.sector === 'po')).toBe(true);
    const names = locations.map((l) => l.naam).join('\n');
    expect(names).toMatch(/Wrâldwizer/);
    expect(names).toMatch(/[éë]/);
    expect(names).not.toMatch(/\uFFFD|Ã/);
    expect(locations.filter((l) => l.website).length).toBeGreaterThan(5400);
    expect(problems).toEqual([]);
  });

  it.skipIf(!existsSync(VO_FILE))('reads the vo file (UTF-8) and fills sub-location websites', async () => {
    const { locations, encoding } = await readDuoRegistry(VO_FILE);
    expect(encoding).toBe('utf-8');
    expect(locations).toHaveLength(1630);
    const wolfsbos = locations.find((l) => l.vestigingscode === '19IW02')!;
    expect(wolfsbos.websiteInherited).toBe(true);
    expect(wolfsbos.website).toBe(locations.find((l) => l.vestigingscode === '19IW00')!.website);
    expect(locations.find((l) => l.naam.includes('hét KWC'))).toBeDefined();
  });
});
