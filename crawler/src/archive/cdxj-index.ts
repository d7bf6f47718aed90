// The CDXJ index of a site's WARC files, made by warcio's indexer (SURT key, 14-digit timestamp, then url,
// mime, status, digest, length, offset and filename as JSON), sorted so a replayer can binary-search it.
import { createReadStream } from 'node:fs';
import { CDXIndexer } from 'warcio';

/** The committed part of one WARC file: `name` is how the index and the WACZ's archive/ folder call it. */
export interface WarcSlice {
  name: string;
  path: string;
  bytes: number;
}

export interface IndexEntry {
  urlkey: string;
  timestamp: string;
  url: string;
  mime?: string;
  status?: string;
  digest?: string;
  length: string;
  offset: string;
  filename: string;
}

export async function cdxjLines(slices: WarcSlice[]): Promise<string[]> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const files = slices.filter((s) => s.bytes > 0).map((s) => ({ filename: s.name, reader: createReadStream(s.path, { start: 0, end: s.bytes - 1 }) }));
  const lines: string[] = [];
  for await (const entry of indexer.iterIndex(files)) lines.push(indexer.serialize(entry).trimEnd());
  return lines.sort();
}

export function parseCdxjLine(line: string): IndexEntry {
  const first = line.indexOf(' ');
  const second = line.indexOf(' ', first + 1);
  const fields = JSON.parse(line.slice(second + 1)) as Omit<IndexEntry, 'urlkey' | 'timestamp'>;
  return { urlkey: line.slice(0, first), timestamp: line.slice(first + 1, second), ...fields };
}
