import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { parseWebsiteAddress } from './website-address.ts';

/** One school location (vestiging) from a DUO address file. */
export interface RegistryLocation {
  /** Six characters: the instellingscode plus a two-digit location number (`32JK00`). */
  vestigingscode: string;
  /** The old BRIN number, shared by all locations of one school. */
  instellingscode: string;
  naam: string;
  plaats: string;
  provincie: string;
  gemeente: string;
  denominatie: string;
  bevoegdGezag: string;
  /** Normalised URL, or undefined when DUO has none (or an unusable one, see the problems list). */
  website?: string;
  /** The website was empty and was taken from the school's main location (code ending in 00). */
  websiteInherited?: true;
  sector: 'po' | 'vo';
  /** VO only: DUO's ONDERWIJSSTRUCTUUR, e.g. `VBO/MAVO/HAVO/VWO`. */
  onderwijsstructuur?: string;
  /** Every column as DUO wrote it (decoded text, untrimmed). */
  raw: Record<string, string>;
}

/** A value that could not be used, with the file line it is on. */
export interface RegistryProblem {
  row: number;
  value: string;
  reason: string;
}

export interface RegistryReadResult {
  locations: RegistryLocation[];
  problems: RegistryProblem[];
  encoding: 'utf-8' | 'windows-1252';
}

const REQUIRED_COLUMNS = ['VESTIGINGSCODE', 'INSTELLINGSCODE', 'VESTIGINGSNAAM', 'INTERNETADRES'];

export async function readDuoRegistry(file: string): Promise<RegistryReadResult> {
  return parseDuoRegistry(await readFile(file));
}

/**
 * Parses a DUO "alle vestigingen" CSV (`;`-separated, header row). DUO publishes Windows-1252 but copies
 * circulate in UTF-8, so the bytes are decoded as strict UTF-8 first and as Windows-1252 when that fails.
 * Throws only when the file is not a DUO address file at all; bad website values go to `problems`.
 */
export function parseDuoRegistry(bytes: Uint8Array): RegistryReadResult {
  const { text, encoding } = decodeRegistryText(bytes);
  const rows = parse(text, {
    delimiter: ';',
    columns: (header: string[]) => header.map((name) => name.trim().toUpperCase()),
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];

  const columns = rows.length > 0 ? Object.keys(rows[0].record) : firstLineColumns(text);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new Error(`not a DUO address file: missing column(s) ${missing.join(', ')}`);
  const sector = columns.includes('ONDERWIJSSTRUCTUUR') ? 'vo' : 'po';

  const problems: RegistryProblem[] = [];
  const locations = rows.map(({ record, info }) => {
    const field = (name: string) => (record[name] ?? '').trim();
    const address = parseWebsiteAddress(record['INTERNETADRES'] ?? '');
    if (address && 'invalid' in address) problems.push({ row: info.lines, value: field('INTERNETADRES'), reason: address.invalid });
    const location: RegistryLocation = {
      vestigingscode: field('VESTIGINGSCODE'),
      instellingscode: field('INSTELLINGSCODE'),
      naam: field('VESTIGINGSNAAM'),
      plaats: field('PLAATSNAAM'),
      provincie: field('PROVINCIE'),
      gemeente: field('GEMEENTENAAM'),
      denominatie: field('DENOMINATIE'),
      bevoegdGezag: field('BEVOEGD GEZAG NUMMER'),
      website: address && 'url' in address ? address.url : undefined,
      sector,
      raw: record,
    };
    if (sector === 'vo') location.onderwijsstructuur = field('ONDERWIJSSTRUCTUUR') || undefined;
    return location;
  });
  inheritMainLocationWebsites(locations);
  return { locations, problems, encoding };
}

/** Strict UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252. */
export function decodeRegistryText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
}

/**
 * Sub-locations often have no website of their own in DUO; they share the one of the school's main
 * location (same instellingscode, vestigingscode ending in 00).
 */
function inheritMainLocationWebsites(locations: RegistryLocation[]): void {
  const mainWebsites = new Map<string, string>();
  for (const l of locations) {
    if (l.website && l.vestigingscode.endsWith('00')) mainWebsites.set(l.instellingscode, l.website);
  }
  for (const l of locations) {
    if (l.website) continue;
    const inherited = mainWebsites.get(l.instellingscode);
    if (inherited) {
      l.website = inherited;
      l.websiteInherited = true;
    }
  }
}

function firstLineColumns(text: string): string[] {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(';').map((c) => c.trim().toUpperCase());
}
