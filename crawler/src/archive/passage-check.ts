// Re-reads a finding's passage from the archived body: the record it names is decoded and extracted with the
// crawler's own extractDocument (HTML, PDF, text), and the passage must stand in the extracted text (on the
// PDF page the finding names). For a plain HTTP body the sha256 the finding quotes must match as well.
import { createHash } from 'node:crypto';
import { extractDocument } from '../extract/index.ts';
import { normalisePassage } from '../store/finding-key.ts';
import type { CrawlFinding } from '../store/records.ts';
import { timestamp14 } from './archive-layout.ts';
import type { PassageVerdict } from './archive-words.ts';
import { decodeContentEncoding } from './content-decoding.ts';
import { findRecord, type CheckedWarc } from './warc-check.ts';
import { httpHeader, payloadOf, type RecordParts } from './warc-record-parts.ts';
import { RENDERED_DOM_PREFIX } from './warc-records.ts';

interface ArchivedText {
  blocks: { text: string; pdfPage?: number }[];
  /** sha256 hex of the decoded body, when the record holds a complete HTTP body. */
  sha256?: string;
}

/** Extracted texts by record, so a page with many findings is read once. */
export type ExtractionCache = Map<string, Promise<ArchivedText | undefined>>;

export async function checkPassage(finding: CrawlFinding, warcs: Map<string, CheckedWarc>, cache: ExtractionCache): Promise<PassageVerdict> {
  const copy = finding.evidence?.archive;
  if (!copy) return 'no-reference';
  const found = findRecord(warcs.get(copy.warcFile), copy.offset, copy.recordId);
  if ('why' in found) return found.why;
  if (!namesThisCopy(found.parts, copy.url, copy.timestamp)) return 'other-record';

  const key = `${copy.warcFile}#${copy.offset}`;
  if (!cache.has(key)) cache.set(key, archivedText(found.parts, finding.url));
  const archived = await cache.get(key)!;
  if (!archived) return 'unreadable';
  if (archived.sha256 && finding.evidence.sha256 && archived.sha256 !== finding.evidence.sha256) return 'hash-differs';
  const passage = normalisePassage(finding.text);
  const blocks = finding.pdfPage ? archived.blocks.filter((b) => b.pdfPage === finding.pdfPage) : archived.blocks;
  const inOneBlock = blocks.some((b) => normalisePassage(b.text).includes(passage));
  return inOneBlock || normalisePassage(blocks.map((b) => b.text).join(' ')).includes(passage) ? 'found' : 'not-found';
}

/** The record is the capture the finding names: same target (the page, or its rendered DOM) and the same time. */
function namesThisCopy(parts: RecordParts, url: string, timestamp: string): boolean {
  const target = parts.warcHeaders.get('warc-target-uri');
  const date = parts.warcHeaders.get('warc-date') ?? '';
  return (target === url || target === `${RENDERED_DOM_PREFIX}${url}`) && timestamp14(date) === timestamp;
}

async function archivedText(parts: RecordParts, url: string): Promise<ArchivedText | undefined> {
  try {
    const contentType = parts.http ? httpHeader(parts, 'content-type') : parts.warcHeaders.get('content-type');
    const bytes = parts.http ? decodeContentEncoding(payloadOf(parts), httpHeader(parts, 'content-encoding')) : payloadOf(parts);
    const extracted = await extractDocument({ bytes, contentType, url });
    const complete = parts.http && !parts.warcHeaders.has('warc-truncated');
    return {
      blocks: extracted.document.blocks,
      sha256: complete ? createHash('sha256').update(bytes).digest('hex') : undefined,
    };
  } catch {
    return undefined;
  }
}
