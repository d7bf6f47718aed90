// Packs one site's archive into wacz/<site>.wacz (WACZ 1.1.1): its WARC files up to the committed offsets,
// the CDXJ index, pages/pages.jsonl, the site's findings and the datapackage that hashes them all.
import type { KeyObject } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { SiteRecord, WarcOffset } from '../store/records.ts';
import { ARCHIVE_DIR, WACZ_DIR, WACZ_FINDINGS_PATH, waczPath } from './archive-layout.ts';
import { cdxjLines, parseCdxjLine, type WarcSlice } from './cdxj-index.ts';
import { dataPackage, digestOf } from './datapackage.ts';
import { StoredZipWriter, type ZippedFile } from './stored-zip-writer.ts';
import { pagesJsonl } from './wacz-pages.ts';

export interface BuildWaczOptions {
  /** The crawl folder. */
  dir: string;
  store: CrawlStore;
  signKey?: KeyObject;
  now?: Date;
  warn?(message: string): void;
}

export interface BuiltWacz {
  siteId: string;
  file: string;
  bytes: number;
  records: number;
  pages: number;
  findings: number;
}

/** One WACZ per site that has archived records; sites without any (nothing answered) get none. */
export async function buildCrawlWaczs(options: BuildWaczOptions): Promise<BuiltWacz[]> {
  await mkdir(join(options.dir, WACZ_DIR), { recursive: true });
  const built: BuiltWacz[] = [];
  for (const site of await options.store.listSites()) {
    const wacz = await buildSiteWacz(site, options);
    if (wacz) built.push(wacz);
  }
  return built;
}

export async function buildSiteWacz(site: SiteRecord, options: BuildWaczOptions): Promise<BuiltWacz | undefined> {
  const slices = await committedSlices(options.dir, await options.store.warcOffsets(site.siteId), options.warn);
  if (slices.length === 0) return undefined;
  const index = await cdxjLines(slices);
  const archivedUrls = new Set(index.map((line) => parseCdxjLine(line).url));
  const schoolName = siteTitle(site);
  const pages = await pagesJsonl(options.store.pages(site.siteId), archivedUrls, `${schoolName}: pagina's`);
  const findingLines: string[] = [];
  for await (const finding of options.store.findings(site.siteId)) findingLines.push(`${JSON.stringify(finding)}\n`);

  const created = options.now ?? new Date();
  const file = waczPath(options.dir, site.siteId);
  await mkdir(join(options.dir, WACZ_DIR), { recursive: true });
  const zip = new StoredZipWriter(file, created);
  try {
    const files: ZippedFile[] = [];
    for (const slice of slices) files.push(await zip.addFile(`${ARCHIVE_DIR}/${slice.name}`, slice.path, slice.bytes));
    files.push(await zip.addBytes('indexes/index.cdxj', utf8(index.map((line) => `${line}\n`).join(''))));
    files.push(await zip.addBytes('pages/pages.jsonl', utf8(pages.text)));
    files.push(await zip.addBytes(WACZ_FINDINGS_PATH, utf8(findingLines.join(''))));
    const facts = { siteId: site.siteId, schoolName, created, findings: findingLines.length, findingsPath: WACZ_FINDINGS_PATH, mainPage: pages.main };
    const datapackage = utf8(`${JSON.stringify(dataPackage(facts, files), null, 2)}\n`);
    await zip.addBytes('datapackage.json', datapackage);
    await zip.addBytes('datapackage-digest.json', utf8(`${JSON.stringify(digestOf(datapackage, options.signKey, created), null, 2)}\n`));
    await zip.finish();
  } catch (error) {
    await zip.abandon();
    throw error;
  }
  return {
    siteId: site.siteId, file, bytes: (await stat(file)).size, records: index.length,
    pages: pages.text.split('\n').length - 2, findings: findingLines.length,
  };
}

/** Each WARC file of the site up to its committed length; a file shorter than that is used as far as it goes. */
async function committedSlices(dir: string, offsets: WarcOffset[], warn?: (message: string) => void): Promise<WarcSlice[]> {
  const slices: WarcSlice[] = [];
  for (const offset of offsets) {
    const path = join(dir, offset.file);
    const size = await stat(path).then((s) => s.size, () => 0);
    if (size < offset.bytes) warn?.(`${offset.file}: ${offset.bytes - size} committed bytes missing; packing what is there`);
    const bytes = Math.min(size, offset.bytes);
    if (bytes > 0) slices.push({ name: basename(offset.file), path, bytes });
  }
  return slices;
}

function siteTitle(site: SiteRecord): string {
  const names = [...new Set(site.locations.map((l) => l.name).filter(Boolean))];
  return names.length ? `${names.join(' / ')} (${site.siteId})` : site.siteId;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
