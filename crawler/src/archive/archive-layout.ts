// Where a crawl folder keeps its web archive, and how its files are named.
import { join } from 'node:path';

/** WARC files, one series per site: archive/<siteId>-001.warc.gz, -002 after a resume or at the size cap. */
export const ARCHIVE_DIR = 'archive';
/** One WACZ per site: what an inspector sends about one school. */
export const WACZ_DIR = 'wacz';
/** Where a WACZ keeps the crawl's findings for its site (custom files stay out of archive/, indexes/, pages/). */
export const WACZ_FINDINGS_PATH = 'schoolscan/findings.jsonl';

const WARC_NAME = /^(.+)-(\d{3,})\.warc\.gz$/;

/** siteIds are already file-safe ([a-z0-9._-]); anything else is replaced so a name can never leave the folder. */
export function fileSafe(siteId: string): string {
  return siteId.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'site';
}

/** `archive/<site>-<NNN>.warc.gz`, relative to the crawl folder (the form stored with offsets and findings). */
export function warcPath(siteId: string, sequence: number): string {
  return `${ARCHIVE_DIR}/${fileSafe(siteId)}-${String(sequence).padStart(3, '0')}.warc.gz`;
}

/** The sequence number of a WARC file name of this site, or undefined for another site's file. */
export function warcSequence(fileName: string, siteId: string): number | undefined {
  const match = WARC_NAME.exec(fileName);
  return match && match[1] === fileSafe(siteId) ? Number(match[2]) : undefined;
}

export function waczPath(dir: string, siteId: string): string {
  return join(dir, WACZ_DIR, `${fileSafe(siteId)}.wacz`);
}

/** WARC-Date (ISO 8601) as the 14-digit timestamp CDXJ lines and replay URLs use. */
export function timestamp14(isoDate: string): string {
  return isoDate.replace(/[^0-9]/g, '').slice(0, 14);
}
