/**
 * DUO-registry-like seed files for the test web: registry-po.csv (Windows-1252, CRLF, 31 columns),
 * registry-vo.csv (UTF-8, LF, 32 columns with ONDERWIJSSTRUCTUUR), urls.txt and hostile-urls.txt.
 * Shapes follow DUO's "alle schoolvestigingen" files: ';'-separated, no quoting, an empty value
 * written as one space, INTERNETADRES usually without scheme.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { aliasOf } from './build-site.ts';
import { PO_SITES } from './data/sites-po.ts';
import { REGISTRY_ONLY } from './data/registry-only.ts';
import { VO_SITES } from './data/sites-vo.ts';
import { hashString } from './random.ts';
import { titleCase } from './text.ts';
import type { LocationSpec, RegistryWebsite, SiteSpec } from './spec.ts';
import type { Sector, TestWeb } from './types.ts';

export const PO_COLUMNS = [
  'PROVINCIE', 'BEVOEGD GEZAG NUMMER', 'INSTELLINGSCODE', 'VESTIGINGSCODE', 'VESTIGINGSNAAM', 'STRAATNAAM',
  'HUISNUMMER-TOEVOEGING', 'POSTCODE', 'PLAATSNAAM', 'GEMEENTENUMMER', 'GEMEENTENAAM', 'DENOMINATIE', 'TELEFOONNUMMER',
  'INTERNETADRES', 'STRAATNAAM CORRESPONDENTIEADRES', 'HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES',
  'POSTCODE CORRESPONDENTIEADRES', 'PLAATSNAAM CORRESPONDENTIEADRES', 'NODAAL GEBIED CODE', 'NODAAL GEBIED NAAM',
  'RPA-GEBIED CODE', 'RPA-GEBIED NAAM', 'WGR-GEBIED CODE', 'WGR-GEBIED NAAM', 'COROPGEBIED CODE', 'COROPGEBIED NAAM',
  'ONDERWIJSGEBIED CODE', 'ONDERWIJSGEBIED NAAM', 'RMC-REGIO CODE', 'RMC-REGIO NAAM', 'VAKANTIEREGIO',
] as const;

export const VO_COLUMNS = [...PO_COLUMNS.slice(0, 14), 'ONDERWIJSSTRUCTUUR', ...PO_COLUMNS.slice(14)] as const;

/** Region columns per province (codes are fictional; names are plausible). */
const REGIONS: Record<string, { region: string; vakantie: 'Noord' | 'Midden' | 'Zuid' }> = {
  Groningen: { region: 'Groningen', vakantie: 'Noord' },
  Friesland: { region: 'Friesland', vakantie: 'Noord' },
  Drenthe: { region: 'Drenthe', vakantie: 'Noord' },
  Overijssel: { region: 'Overijssel', vakantie: 'Noord' },
  Flevoland: { region: 'Flevoland', vakantie: 'Midden' },
  Gelderland: { region: 'Gelderland', vakantie: 'Midden' },
  Utrecht: { region: 'Utrecht', vakantie: 'Midden' },
  'Noord-Holland': { region: 'Noord-Holland', vakantie: 'Noord' },
  'Zuid-Holland': { region: 'Zuid-Holland', vakantie: 'Midden' },
  Zeeland: { region: 'Zeeland', vakantie: 'Zuid' },
  'Noord-Brabant': { region: 'Brabant', vakantie: 'Zuid' },
  Limburg: { region: 'Limburg', vakantie: 'Zuid' },
};

interface RegistryRow {
  sector: Sector;
  provincie: string;
  bestuur: string;
  code: string;
  naam: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  gemeente: string;
  denominatie: string;
  telefoon: string;
  internetadres: string;
  onderwijsstructuur?: string;
}

/** INTERNETADRES as a school administration would have typed it (the port is needed to reach the test server). */
export function registryWebsite(spec: SiteSpec, form: RegistryWebsite, port: number): string {
  switch (form) {
    case 'host':
      return `${spec.host}:${port}`;
    case 'alias':
      return `${aliasOf(spec.host)}:${port}`;
    case 'url':
      return `http://${spec.host}:${port}`;
    case 'url-slash':
      return `http://${spec.host}:${port}/`;
    case 'upper':
      return `${spec.host}:${port}`.toUpperCase();
    case 'none':
      return ' ';
  }
}

function rowFor(spec: SiteSpec, location: LocationSpec, port: number): RegistryRow {
  return {
    sector: spec.sector,
    provincie: spec.provincie,
    bestuur: spec.bestuur.nummer,
    code: location.code,
    naam: location.naam ?? spec.name,
    straat: location.straat,
    huisnummer: location.huisnummer,
    postcode: location.postcode,
    plaats: (location.plaats ?? spec.plaats).toUpperCase(),
    gemeente: location.gemeente ?? spec.gemeente,
    denominatie: spec.denominatie,
    telefoon: location.telefoon,
    internetadres: registryWebsite(spec, location.website ?? 'host', port),
    onderwijsstructuur: location.onderwijsstructuur,
  };
}

function cells(row: RegistryRow, columns: readonly string[]): string[] {
  const region = REGIONS[row.provincie] ?? { region: row.provincie, vakantie: 'Midden' as const };
  const code = (salt: string) => String(10 + (hashString(`${salt}:${row.gemeente}`) % 80)).padStart(2, '0');
  const values: Record<string, string> = {
    PROVINCIE: row.provincie,
    'BEVOEGD GEZAG NUMMER': row.bestuur,
    INSTELLINGSCODE: row.code.slice(0, 4),
    VESTIGINGSCODE: row.code,
    VESTIGINGSNAAM: row.naam,
    STRAATNAAM: row.straat,
    'HUISNUMMER-TOEVOEGING': row.huisnummer,
    POSTCODE: row.postcode,
    PLAATSNAAM: row.plaats,
    GEMEENTENUMMER: String(hashString(row.gemeente) % 2000).padStart(4, '0'),
    GEMEENTENAAM: row.gemeente,
    DENOMINATIE: row.denominatie,
    TELEFOONNUMMER: row.telefoon,
    INTERNETADRES: row.internetadres,
    ONDERWIJSSTRUCTUUR: row.onderwijsstructuur ?? ' ',
    'STRAATNAAM CORRESPONDENTIEADRES': row.straat,
    'HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES': row.huisnummer,
    'POSTCODE CORRESPONDENTIEADRES': row.postcode,
    'PLAATSNAAM CORRESPONDENTIEADRES': row.plaats,
    'NODAAL GEBIED CODE': code('nodaal'),
    'NODAAL GEBIED NAAM': titleCase(row.gemeente),
    'RPA-GEBIED CODE': code('rpa'),
    'RPA-GEBIED NAAM': region.region,
    'WGR-GEBIED CODE': code('wgr'),
    'WGR-GEBIED NAAM': `Regio ${region.region}`,
    'COROPGEBIED CODE': code('corop'),
    'COROPGEBIED NAAM': region.region,
    'ONDERWIJSGEBIED CODE': code('onderwijs'),
    'ONDERWIJSGEBIED NAAM': region.region,
    'RMC-REGIO CODE': code('rmc'),
    'RMC-REGIO NAAM': region.region,
    VAKANTIEREGIO: region.vakantie,
  };
  return columns.map((column) => {
    const value = values[column];
    if (value === undefined) throw new Error(`no value for column ${column}`);
    if (value.includes(';') || value.includes('"')) throw new Error(`unquotable value in ${column}: ${value}`);
    return value === '' ? ' ' : value;
  });
}

export interface SeedFiles {
  registryPo: string;
  registryVo: string;
  urls: string;
  hostileUrls: string;
}

/** Writes the seed files for a running test web into `dir` (created if needed). Returns their paths. */
export async function writeSeedFiles(web: Pick<TestWeb, 'port' | 'sites' | 'hostile'>, dir: string): Promise<SeedFiles> {
  await mkdir(dir, { recursive: true });
  const siteRows = [...PO_SITES, ...VO_SITES]
    .filter((spec) => web.sites.some((site) => site.id === spec.id))
    .flatMap((spec) => spec.locations.map((location) => rowFor(spec, location, web.port)));
  const rows: RegistryRow[] = [
    ...siteRows,
    ...REGISTRY_ONLY.map((entry): RegistryRow => ({ ...entry, plaats: entry.plaats.toUpperCase(), internetadres: ' ' })),
  ].sort((a, b) => a.provincie.localeCompare(b.provincie) || a.code.localeCompare(b.code));

  const csv = (sector: Sector, columns: readonly string[], newline: string): string =>
    [columns.join(';'), ...rows.filter((row) => row.sector === sector).map((row) => cells(row, columns).join(';'))].join(newline) + newline;

  const files: SeedFiles = {
    registryPo: path.join(dir, 'registry-po.csv'),
    registryVo: path.join(dir, 'registry-vo.csv'),
    urls: path.join(dir, 'urls.txt'),
    hostileUrls: path.join(dir, 'hostile-urls.txt'),
  };
  await writeFile(files.registryPo, iconv.encode(csv('po', PO_COLUMNS, '\r\n'), 'windows-1252'));
  await writeFile(files.registryVo, csv('vo', VO_COLUMNS, '\n'), 'utf8');
  await writeFile(files.urls, web.sites.map((site) => site.seedUrl).join('\n') + '\n', 'utf8');
  await writeFile(files.hostileUrls, web.hostile.map((host) => host.seedUrl).join('\n') + '\n', 'utf8');
  return files;
}
