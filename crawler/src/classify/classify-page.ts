import type { DocumentInput, Finding } from '../../../shared/src/index.ts';
import { TOOL_VERSION } from '../../../shared/src/version.ts';
import type { CrawlFinding } from '../store/records.ts';
import type { Classify } from '../crawl/ports.ts';

export interface ClassifiedPage {
  siteId: string;
  /** The URL the page was crawled under (the finding's `url`). */
  url: string;
  title?: string;
  /** sha256 of the body the text came from. */
  sha256: string;
  /** When the content was fetched (UTC ISO). */
  capturedAt: string;
  userAgent: string;
}

/**
 * Runs the classifier on one page with its context (title and URL: a news item quoting the rules is not a
 * violation) and turns each finding into a crawl finding with its evidence fields. Screenshots come later.
 */
export function classifyPage(classify: Classify, document: DocumentInput, page: ClassifiedPage): CrawlFinding[] {
  const findings = classify({ ...document, url: page.url, title: page.title ?? document.title });
  return findings.map((f) => toCrawlFinding(f, document, page));
}

function toCrawlFinding(f: Finding, document: DocumentInput, page: ClassifiedPage): CrawlFinding {
  const block = f.blockIndex !== undefined ? document.blocks[f.blockIndex] : undefined;
  return {
    ...f,
    url: page.url,
    siteId: page.siteId,
    pdfPage: f.pdfPage ?? block?.pdfPage,
    locator: f.locator ?? block?.locator,
    evidence: { sha256: page.sha256, capturedAt: page.capturedAt, toolVersion: TOOL_VERSION, userAgent: page.userAgent },
  };
}
