// Walks a gzipped WARC file record by record. warcio's parser finds where each gzip member starts and ends;
// each member is then inflated on its own, so a record is checked on its own bytes and a damaged one is named.
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { splitRecord, type RecordParts } from './warc-record-parts.ts';

export interface ScannedRecord {
  offset: number;
  /** Length of the record's gzip member. */
  length: number;
  recordId: string;
  type: string;
  targetUri: string;
  /** Undefined when the member would not inflate or is not a complete record; `damage` says why. */
  parts?: RecordParts;
  damage?: string;
}

/** Thrown when the file cannot be walked past `offset` (its structure, not one record, is broken). */
export class WarcScanError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
    this.name = 'WarcScanError';
  }
}

export async function* scanWarc(bytes: Uint8Array): AsyncGenerator<ScannedRecord> {
  const parser = new WARCParser([bytes]);
  let offset = 0;
  let end = 0;
  try {
    for await (const record of parser) {
      await record.skipFully();
      offset = parser.offset;
      const length = parser.recordLength;
      end = offset + length;
      const headers = record.warcHeaders.headers;
      yield {
        offset,
        length,
        recordId: headers.get('WARC-Record-ID') ?? '',
        type: record.warcType ?? '',
        targetUri: record.warcTargetURI ?? '',
        ...partsOf(bytes.subarray(offset, offset + length)),
      };
    }
  } catch (error) {
    throw new WarcScanError(end, `unreadable from byte ${end}: ${(error as Error).message}`);
  }
  // The parser stops quietly at gzip data it cannot inflate: a walk that ends early is damage too.
  if (end !== bytes.length) throw new WarcScanError(end, `unreadable from byte ${end} (${bytes.length - end} bytes left that are no WARC record)`);
}

/** The record at a known place (from a scan or an index line), taken apart. */
export function recordAt(bytes: Uint8Array, offset: number, length: number): { parts?: RecordParts; damage?: string } {
  return partsOf(bytes.subarray(offset, offset + length));
}

function partsOf(member: Uint8Array): { parts?: RecordParts; damage?: string } {
  try {
    return { parts: splitRecord(gunzipSync(member)) };
  } catch (error) {
    return { damage: (error as Error).message };
  }
}
