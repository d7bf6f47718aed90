// Small record builders for store tests (no test-runner imports, so child processes can use them too).
import type { CrawlFinding, PageCommit, PageRecord } from './records.ts';

export function page(url: string, extra: Partial<PageRecord> = {}): PageRecord {
  return { siteId: 'a.test', url, depth: 0, stage: 'stored', attempts: 1, rendered: false, status: 200, ...extra };
}

export function finding(url: string, text: string, extra: Partial<CrawlFinding> = {}): CrawlFinding {
  return {
    category: 'commercial-tutoring', level: 'likely', score: 0.9, text, span: { start: 0, end: 4 }, reasons: ['r'],
    ruleIds: ['x'], url, siteId: 'a.test', blockIndex: 0,
    evidence: { sha256: 'ab', capturedAt: '2024-01-01T00:00:00.000Z', toolVersion: '0', userAgent: 'ua' }, ...extra,
  };
}

export function commit(url: string, extra: Partial<PageCommit> = {}): PageCommit {
  return { page: page(url), outcome: 'done', findings: [], discovered: [], outlinks: [], ...extra };
}
