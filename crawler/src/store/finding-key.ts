import { createHash } from 'node:crypto';
import type { CrawlFinding } from './records.ts';

/**
 * Passage text reduced to what identifies it: Unicode NFC, whitespace collapsed, case folded. Two crawls
 * of the same page yield the same key even if a renderer spaced the text differently.
 */
export function normalisePassage(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The identity of a finding: (siteId, url, category, passage hash, block index). Stores key findings on it. */
export interface FindingKey {
  siteId: string;
  url: string;
  category: string;
  passageSha: string;
  blockIndex: number;
}

export function findingKey(finding: CrawlFinding): FindingKey {
  return {
    siteId: finding.siteId,
    url: finding.url,
    category: finding.category,
    passageSha: sha256Hex(normalisePassage(finding.text)),
    blockIndex: finding.blockIndex ?? -1,
  };
}

/** One string per finding identity, for set comparisons in tests and diffs. */
export function findingKeyString(finding: CrawlFinding): string {
  const k = findingKey(finding);
  return [k.siteId, k.url, k.category, k.passageSha, k.blockIndex].join('\u0000');
}
