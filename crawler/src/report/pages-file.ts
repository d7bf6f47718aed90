import type { PageRow } from '../store/records.ts';

/** One pages.jsonl line: the CONTRACTS.md fields first, in a fixed order, then the rest of what is known. */
export function pageLine(p: PageRow): Record<string, unknown> {
  return {
    url: p.url,
    siteId: p.siteId,
    state: p.state,
    status: p.status ?? null,
    contentType: p.contentType ?? null,
    bytes: p.bytes ?? null,
    sha256: p.sha256 ?? null,
    fetchedAt: p.fetchedAt ?? null,
    rendered: p.rendered,
    depth: p.depth,
    stage: p.stage,
    error: p.error ?? null,
    errorMessage: p.errorMessage,
    finalUrl: p.finalUrl !== p.url ? p.finalUrl : undefined,
    kind: p.kind,
    title: p.title,
    pdfPages: p.pdfPages,
    attempts: p.attempts,
    durationMs: p.durationMs,
    duplicateOf: p.duplicateOf,
  };
}
