// HTTP exchanges, the rendered DOM and the file's warcinfo as WARC/1.1 records, each one gzip member.
// warcio builds and serialises the records. The sha256 digests are computed here with node:crypto and set
// before serialising, which warcio then keeps: native hashing costs a fraction of warcio's WASM hasher, and
// gzip goes through node:zlib for the same reason (the crawl's CPU budget, see bench/wacz-bench.ts).
import { createHash, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer, type WARCType } from 'warcio';
import type { HttpExchange } from '../fetch/types.ts';

/** One record ready to append: its gzip member and what findings and indexes need to point at it. */
export interface SerializedRecord {
  recordId: string;
  type: WARCType;
  url: string;
  /** WARC-Date, ISO 8601 UTC. */
  date: string;
  status?: number;
  gzipped: Uint8Array;
}

const WARC_VERSION = 'WARC/1.1';
/** Prefix of the resource record holding the DOM a browser rendered for a page (its text is what was judged). */
export const RENDERED_DOM_PREFIX = 'urn:rendered-dom:';

/**
 * The response record and the request record of one exchange, response first. Exchanges without a response
 * (DNS, connection refused) leave no record: nothing crossed the wire that an archive could show.
 */
export async function exchangeRecords(exchange: HttpExchange): Promise<SerializedRecord[]> {
  const { response } = exchange;
  if (!response) return [];
  const responseId = newRecordId();
  const extra: Record<string, string> = { 'WARC-Record-ID': responseId };
  if (exchange.remoteAddress) extra['WARC-IP-Address'] = exchange.remoteAddress;
  if (exchange.truncated) extra['WARC-Truncated'] = exchange.truncated === 'decompressed' ? 'length' : exchange.truncated;
  const responseRecord = WARCRecord.create({
    url: exchange.url, date: exchange.startedAt, type: 'response', warcVersion: WARC_VERSION, warcHeaders: extra,
    statusline: `HTTP/${response.httpVersion} ${response.status} ${response.statusText}`.trimEnd(),
    httpHeaders: response.headers.map(([name, value]) => [wireSafeName(name), value] as [string, string]),
  }, [response.rawBody]);

  const target = new URL(exchange.url);
  const requestRecord = WARCRecord.create({
    url: exchange.url, date: exchange.startedAt, type: 'request', warcVersion: WARC_VERSION,
    warcHeaders: { 'WARC-Record-ID': newRecordId(), 'WARC-Concurrent-To': responseId },
    statusline: `${exchange.method} ${target.pathname}${target.search} HTTP/1.1`,
    httpHeaders: [['host', target.host] as [string, string], ...exchange.requestHeaders.filter(([name]) => !name.startsWith(':') && name.toLowerCase() !== 'host')],
  }, []);

  return [
    await serialize(responseRecord, response.rawBody, { status: response.status }),
    await serialize(requestRecord, new Uint8Array(0)),
  ];
}

/** The DOM a browser rendered, as a resource record: the text a rendered page's findings were read from. */
export async function renderedDomRecord(pageUrl: string, html: string, date: string): Promise<SerializedRecord> {
  const body = Buffer.from(html, 'utf8');
  const record = WARCRecord.create({
    url: `${RENDERED_DOM_PREFIX}${pageUrl}`, date, type: 'resource', warcVersion: WARC_VERSION,
    warcHeaders: { 'WARC-Record-ID': newRecordId(), 'Content-Type': 'text/html; charset=utf-8' },
  }, [body]);
  return serialize(record, body);
}

/** The first record of every file: which tool wrote it, as whom, under which rules. */
export async function warcinfoRecord(fileName: string, fields: Record<string, string>): Promise<SerializedRecord> {
  const body = Buffer.from(Object.entries(fields).map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, ' ')}\r\n`).join(''), 'utf8');
  const record = WARCRecord.create({
    filename: fileName, date: new Date().toISOString(), type: 'warcinfo', warcVersion: WARC_VERSION,
    warcHeaders: { 'WARC-Record-ID': newRecordId() },
  }, [body]);
  return serialize(record, body);
}

export function sha256Label(...parts: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return `sha256:${hash.digest('hex')}`;
}

async function serialize(record: WARCRecord, payload: Uint8Array, extra: { status?: number } = {}): Promise<SerializedRecord> {
  const headers = record.warcHeaders.headers;
  // The same bytes warcio writes for the HTTP head (UTF-8 of its header block), so the block digest matches.
  const httpHead = record.httpHeaders ? Buffer.from(`${record.httpHeaders.toString()}\r\n`, 'utf8') : undefined;
  headers.set('WARC-Block-Digest', httpHead ? sha256Label(httpHead, payload) : sha256Label(payload));
  if (record.warcType !== 'warcinfo') headers.set('WARC-Payload-Digest', sha256Label(payload));
  const bytes = await WARCSerializer.serialize(record);
  return {
    recordId: headers.get('WARC-Record-ID')!,
    type: record.warcType as WARCType,
    url: record.warcTargetURI ?? '',
    date: headers.get('WARC-Date')!,
    status: extra.status,
    gzipped: await compress(bytes),
  };
}

const gzipInPool = promisify(gzip);
/** Small records are compressed at once; large ones (PDFs, big pages) off the main thread, so the crawl keeps moving. */
const LARGE_RECORD_BYTES = 1024 * 1024;

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  return bytes.byteLength > LARGE_RECORD_BYTES ? gzipInPool(bytes) : gzipSync(bytes);
}

function newRecordId(): string {
  return `<urn:uuid:${randomUUID()}>`;
}

/**
 * The fetcher hands over bodies de-chunked, so a Transfer-Encoding header would make a reader try to de-chunk
 * them again; it is kept under the name replay tools know for such headers.
 */
function wireSafeName(name: string): string {
  return name.toLowerCase() === 'transfer-encoding' ? `x-archive-orig-${name}` : name;
}
