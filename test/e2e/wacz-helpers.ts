// Reading a crawl folder's web archive back in tests: with warcio, as any WARC tool would, not with the code
// that wrote it.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { WARCParser, type WARCRecord } from 'warcio';
import { parseCdxjLine, type IndexEntry } from '../../crawler/src/archive/cdxj-index.ts';
import { extractDocument } from '../../crawler/src/extract/index.ts';
import { comparable, type FindingLine } from './cli-harness.ts';

export interface ArchiveRef {
  recordId: string;
  warcFile: string;
  offset: number;
  url: string;
  timestamp: string;
}

export type ArchivedFinding = FindingLine & { evidence: FindingLine['evidence'] & { archive?: ArchiveRef } };

export interface ReadRecord {
  type: string;
  /** WARC headers, names lower-cased. */
  headers: Map<string, string>;
  httpHeaders?: Headers | Map<string, string>;
  status?: number;
  /** Payload as stored (content-encoding kept). */
  raw: Uint8Array;
  offset: number;
  length: number;
}

/** Every record of a WARC file, in order, with offsets; throws if warcio cannot read it to the end. */
export async function readWarc(bytes: Uint8Array): Promise<ReadRecord[]> {
  const parser = new WARCParser([bytes]);
  const records: ReadRecord[] = [];
  for await (const record of parser) records.push(await toRead(record, parser.offset, () => parser.recordLength));
  const last = records.at(-1);
  if (last && last.offset + last.length !== bytes.length) throw new Error(`warcio stopped at byte ${last.offset + last.length} of ${bytes.length}`);
  return records;
}

/** The one record at `offset` and its payload: decoded by warcio (content-encoding undone), or as stored. */
export async function readRecordAt(bytes: Uint8Array, offset: number, as: 'decoded' | 'stored' = 'decoded'): Promise<{ record: WARCRecord; payload: Uint8Array }> {
  const record = (await WARCParser.parse([bytes.subarray(offset)]))!;
  return { record, payload: await record.readFully(as === 'decoded') };
}

/** The text of the record at `offset` as the crawler's extractor reads it. */
export async function recordText(bytes: Uint8Array, offset: number, url: string): Promise<{ record: WARCRecord; text: string }> {
  const { record, payload } = await readRecordAt(bytes, offset);
  const contentType = record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? undefined;
  return { record, text: await archivedText(payload, contentType, url) };
}

/** The newest index entry of a URL in a WACZ (`urn:rendered-dom:` + URL for the DOM a browser rendered). */
export function indexEntry(wacz: Record<string, Uint8Array>, url: string): IndexEntry | undefined {
  return new TextDecoder().decode(wacz['indexes/index.cdxj']).split('\n').filter(Boolean).map(parseCdxjLine)
    .filter((e) => e.url === url && (e.status === undefined || e.status === '' || e.status === '200')).at(-1);
}

async function toRead(record: WARCRecord, offset: number, length: () => number): Promise<ReadRecord> {
  const raw = await record.readFully(false);
  const headers = new Map<string, string>();
  for (const [name, value] of record.warcHeaders.headers) headers.set(name.toLowerCase(), value);
  return { type: record.warcType ?? '', headers, httpHeaders: record.httpHeaders?.headers, status: Number(record.httpHeaders?.statusCode) || undefined, raw, offset, length: length() };
}

export function warcFiles(dir: string): string[] {
  return readdirSync(join(dir, 'archive')).filter((n) => n.endsWith('.warc.gz')).sort().map((n) => join(dir, 'archive', n));
}

export function waczFiles(dir: string): string[] {
  return readdirSync(join(dir, 'wacz')).filter((n) => n.endsWith('.wacz')).sort().map((n) => join(dir, 'wacz', n));
}

export function openWacz(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

/** The text a reader of the archived body sees, through the crawler's extractor. */
export async function archivedText(decoded: Uint8Array, contentType: string | undefined, url: string): Promise<string> {
  const extracted = await extractDocument({ bytes: decoded, contentType, url });
  return comparable(extracted.document.blocks.map((b) => b.text).join(' '));
}

/** A private copy of a crawl folder to damage. */
export function copyFolder(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'wacz-copy-')), 'crawl');
  cpSync(dir, copy, { recursive: true });
  return copy;
}
