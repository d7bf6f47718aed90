// One uncompressed WARC record taken apart byte for byte (WARC headers, block, HTTP head and payload), so its
// digests are checked on exactly the bytes stored, not on a re-serialisation.
import { sha256Label } from './warc-records.ts';

export interface HttpParts {
  statusLine: string;
  /** Header names lower-cased, in stored order. */
  headers: [string, string][];
  payload: Uint8Array;
}

export interface RecordParts {
  /** WARC header names lower-cased. */
  warcHeaders: Map<string, string>;
  block: Uint8Array;
  /** Present for request and response records (Content-Type application/http). */
  http?: HttpParts;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');

/** Throws when the bytes are not one complete WARC record. */
export function splitRecord(raw: Uint8Array): RecordParts {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const headEnd = bytes.indexOf(CRLFCRLF);
  if (headEnd < 0 || !bytes.subarray(0, 5).equals(Buffer.from('WARC/'))) throw new Error('not a WARC record (no WARC/ header block)');
  const warcHeaders = new Map<string, string>();
  for (const line of bytes.subarray(0, headEnd).toString('utf8').split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) warcHeaders.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const length = Number(warcHeaders.get('content-length'));
  const blockStart = headEnd + 4;
  if (!Number.isSafeInteger(length) || blockStart + length > bytes.length) throw new Error('record shorter than its Content-Length');
  const block = bytes.subarray(blockStart, blockStart + length);
  const isHttp = /^application\/http/i.test(warcHeaders.get('content-type') ?? '');
  return { warcHeaders, block, http: isHttp ? splitHttp(block) : undefined };
}

function splitHttp(block: Buffer): HttpParts {
  const headEnd = block.indexOf(CRLFCRLF);
  if (headEnd < 0) return { statusLine: '', headers: [], payload: new Uint8Array(0) };
  const [statusLine, ...lines] = block.subarray(0, headEnd).toString('latin1').split('\r\n');
  const headers = lines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
  });
  return { statusLine, headers, payload: block.subarray(headEnd + 4) };
}

/** The payload: the HTTP entity body of a request or response, the whole block of other records. */
export function payloadOf(parts: RecordParts): Uint8Array {
  return parts.http ? parts.http.payload : parts.block;
}

export function httpHeader(parts: RecordParts, name: string): string | undefined {
  return parts.http?.headers.find(([n]) => n === name)?.[1];
}

/** What does not match: block and payload digests recomputed (sha256 only; other algorithms are reported). */
export function digestMismatches(parts: RecordParts): string[] {
  const problems: string[] = [];
  const check = (header: string, actual: () => string) => {
    const stated = parts.warcHeaders.get(header);
    if (!stated) return;
    if (!stated.startsWith('sha256:')) problems.push(`${header} uses an algorithm verify does not check: ${stated}`);
    else if (stated.toLowerCase() !== actual()) problems.push(`${header} does not match the stored bytes`);
  };
  check('warc-block-digest', () => sha256Label(parts.block));
  check('warc-payload-digest', () => sha256Label(payloadOf(parts)));
  const type = parts.warcHeaders.get('warc-type');
  if (type !== 'warcinfo' && !parts.warcHeaders.get('warc-block-digest')) problems.push('record has no WARC-Block-Digest');
  return problems;
}
