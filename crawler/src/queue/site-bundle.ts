// A finished site as one binary blob: the journal of its store changes plus the evidence files it wrote
// (screenshots, WARCs: whatever lies in the job folder), at their paths relative to the crawl folder.
// Layout: "SSB1", u32 header length, gzipped JSON header, then the files' bytes one after another.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { JournalEntry } from './site-journal.ts';

const MAGIC = Buffer.from('SSB1');

export interface BundleFile {
  /** Relative to the crawl folder, '/' separated, e.g. evidence/<siteId>/<sha256>.png. */
  path: string;
  bytes: Uint8Array;
}

export interface SiteBundle {
  siteId: string;
  startedAt?: string;
  journal: JournalEntry[];
  files: BundleFile[];
}

interface Header {
  siteId: string;
  startedAt?: string;
  journal: JournalEntry[];
  files: { path: string; size: number }[];
}

export function encodeBundle(bundle: SiteBundle): Buffer {
  const header: Header = {
    siteId: bundle.siteId, startedAt: bundle.startedAt, journal: bundle.journal,
    files: bundle.files.map((f) => ({ path: f.path, size: f.bytes.byteLength })),
  };
  const packed = gzipSync(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(packed.byteLength);
  return Buffer.concat([MAGIC, length, packed, ...bundle.files.map((f) => f.bytes)]);
}

export function decodeBundle(blob: Buffer): SiteBundle {
  if (blob.byteLength < 8 || !blob.subarray(0, 4).equals(MAGIC)) throw new Error('not a schoolscan site bundle');
  const headerEnd = 8 + blob.readUInt32BE(4);
  const header = JSON.parse(gunzipSync(blob.subarray(8, headerEnd)).toString('utf8')) as Header;
  let offset = headerEnd;
  const files = header.files.map(({ path, size }) => {
    const bytes = blob.subarray(offset, offset + size);
    if (bytes.byteLength !== size) throw new Error(`site bundle of ${header.siteId} is cut short in ${path}`);
    offset += size;
    return { path, bytes };
  });
  return { siteId: header.siteId, startedAt: header.startedAt, journal: header.journal, files };
}
