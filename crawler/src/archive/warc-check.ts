// Checks every record of one WARC file (block and payload digests on the stored bytes) and remembers where
// each record is, so findings and index lines can then be checked against it.
import { digestMismatches, type RecordParts } from './warc-record-parts.ts';
import { recordAt, scanWarc, WarcScanError } from './warc-scan.ts';

/** Something that does not match, named by file and, where there is one, record. */
export interface Problem {
  file: string;
  /** WARC-Record-ID, or `byte N` for a record without a readable id. */
  record?: string;
  message: string;
}

export interface RecordLocation {
  offset: number;
  length: number;
  recordId: string;
  type: string;
  targetUri: string;
  payloadDigest?: string;
  damaged: boolean;
}

export interface CheckedWarc {
  /** Path as findings and the WACZ name it: archive/<file>. */
  path: string;
  bytes: Uint8Array;
  records: Map<number, RecordLocation>;
}

export async function checkWarc(path: string, bytes: Uint8Array, problems: Problem[]): Promise<CheckedWarc> {
  const records = new Map<number, RecordLocation>();
  try {
    for await (const scanned of scanWarc(bytes)) {
      const name = scanned.recordId || `byte ${scanned.offset}`;
      const mismatches = scanned.parts ? digestMismatches(scanned.parts) : [`damaged: ${scanned.damage}`];
      for (const message of mismatches) problems.push({ file: path, record: `${name} (byte ${scanned.offset})`, message });
      records.set(scanned.offset, {
        offset: scanned.offset, length: scanned.length, recordId: scanned.recordId, type: scanned.type, targetUri: scanned.targetUri,
        payloadDigest: scanned.parts?.warcHeaders.get('warc-payload-digest'), damaged: mismatches.length > 0,
      });
    }
  } catch (error) {
    if (!(error instanceof WarcScanError)) throw error;
    problems.push({ file: path, record: `byte ${error.offset}`, message: error.message });
  }
  return { path, bytes, records };
}

/** The record a finding names, taken apart; or why it cannot be used. */
export function findRecord(warc: CheckedWarc | undefined, offset: number, recordId: string): { parts: RecordParts } | { why: 'record-missing' | 'record-damaged' | 'other-record' } {
  const location = warc?.records.get(offset);
  if (!warc || !location) return { why: 'record-missing' };
  if (location.recordId !== recordId) return { why: 'other-record' };
  if (location.damaged) return { why: 'record-damaged' };
  const { parts } = recordAt(warc.bytes, location.offset, location.length);
  return parts ? { parts } : { why: 'record-damaged' };
}
