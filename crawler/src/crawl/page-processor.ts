// One leased URL through fetch → extract (→ render) → classify → evidence, ending in a PageCommit that the
// store applies in one transaction, or in a retry. Each step records how far the page got.
import { isFailureReason, type FailureReason } from '../../../shared/src/index.ts';
import { addScreenshots } from '../classify/screenshots.ts';
import { classifyPage } from '../classify/classify-page.ts';
import { FetchError, type FetchResult } from '../fetch/types.ts';
import { normalisePassage, sha256Hex } from '../store/finding-key.ts';
import type { CrawlFinding, FrontierEntry, PageCommit, PageRecord } from '../store/records.ts';
import { triageLinks } from './link-triage.ts';
import type { CrawlDeps, ExtractedPage, TrapGuard } from './ports.ts';
import { shouldRender } from './render-policy.ts';
import { decideRetry } from './retry-policy.ts';

export interface SiteContext {
  siteId: string;
  inScope(url: string): boolean;
  /** Widens the site to where a start page redirected (a school that moved to a new domain). */
  addRoot(url: string): void;
  trapGuard: TrapGuard;
  known: Set<string>;
}

export type PageOutcome = { commit: PageCommit } | { retry: { notBefore: number; error: FailureReason } };

/** Thrown inside the pipeline to end the page with a reason; carries the stage already reached. */
class PageFailure extends Error {
  constructor(readonly reason: FailureReason, message: string, readonly retryAfterMs?: number, readonly status?: number) {
    super(message);
  }
}

export async function processUrl(entry: FrontierEntry, site: SiteContext, deps: CrawlDeps): Promise<PageOutcome> {
  const now = deps.now ?? Date.now;
  const page: PageRecord = { siteId: site.siteId, url: entry.url, depth: entry.depth, stage: 'none', attempts: entry.attempts + 1, rendered: false };
  const done = (outcome: PageCommit['outcome'], extra: Partial<PageCommit> = {}): PageOutcome =>
    ({ commit: { page, outcome, findings: [], discovered: [], outlinks: [], ...extra } });

  const target = entry.fetchUrl ?? entry.url;
  const robots = deps.settings.obeyRobots ? await deps.robots.verdict(target, site.siteId) : undefined;
  if (robots) {
    page.error = robots;
    return done(robots === 'robots' ? 'skipped' : 'failed');
  }
  try {
    page.fetchedAt = new Date(now()).toISOString();
    const fetched = await fetchPage(target, entry.depth === 0, site, deps);
    Object.assign(page, {
      stage: 'fetched', finalUrl: fetched.finalUrl, status: fetched.status, contentType: fetched.contentType,
      bytes: fetched.body.byteLength, sha256: fetched.sha256, fetchedAt: fetched.fetchedAt, durationMs: fetched.durationMs,
    } satisfies Partial<PageRecord>);

    const extracted = await extractMaybeRendered(fetched, page, site, deps);
    page.stage = 'extracted';
    Object.assign(page, { kind: extracted.kind, title: extracted.title, pdfPages: extracted.pdfPages });
    page.textSha256 = sha256Hex(extracted.document.blocks.map((b) => normalisePassage(b.text)).join('\n'));

    const original = await deps.store.findDuplicate(site.siteId, page.textSha256, entry.url);
    if (original) {
      Object.assign(page, { error: 'duplicate', duplicateOf: original });
      return done('skipped');
    }
    const links = triageLinks(extracted.links, {
      siteId: site.siteId, fromUrl: fetched.finalUrl, depth: entry.depth, maxDepth: deps.settings.maxDepth,
      inScope: site.inScope, trapGuard: site.trapGuard, known: site.known,
    });
    let findings: CrawlFinding[];
    try {
      // Findings point at the address the passage was read from, the one a person can open.
      findings = classifyPage(deps.classify, extracted.document, {
        siteId: site.siteId, url: fetched.finalUrl, title: extracted.title, sha256: fetched.sha256,
        capturedAt: fetched.fetchedAt, userAgent: deps.settings.userAgent,
      });
    } catch (error) {
      Object.assign(page, { error: 'classify-failed', errorMessage: messageOf(error) });
      return done('failed', links);
    }
    page.stage = 'classified';
    await addScreenshots(findings, {
      renderer: deps.renderer, enabled: deps.settings.screenshots, outDir: deps.settings.outDir,
      siteId: site.siteId, pageUrl: fetched.finalUrl, kind: extracted.kind,
    });
    page.stage = 'stored';
    return done('done', { findings, ...links });
  } catch (error) {
    // Stopping (Ctrl-C, shutdown) is not the page's fault: leave it leased, a resume redoes it.
    if (deps.signal?.aborted) throw error;
    const failure = toPageFailure(error);
    const decision = decideRetry(failure.reason, page.attempts, deps.settings.retry, failure.retryAfterMs);
    if (decision.retry) return { retry: { notBefore: now() + decision.delayMs, error: failure.reason } };
    Object.assign(page, { error: failure.reason, errorMessage: failure.message, status: page.status ?? failure.status });
    return done(isSkipReason(failure.reason) ? 'skipped' : 'failed');
  }
}

async function fetchPage(url: string, isStartPage: boolean, site: SiteContext, deps: CrawlDeps): Promise<FetchResult> {
  return deps.fetcher.fetch(url, {
    siteId: site.siteId,
    purpose: 'page',
    signal: deps.signal,
    checkRedirect: async (target) => {
      if (!site.inScope(target)) {
        if (!isStartPage) return 'out-of-scope';
        site.addRoot(target);
      }
      return deps.settings.obeyRobots ? deps.robots.verdict(target, site.siteId) : undefined;
    },
  });
}

async function extractMaybeRendered(fetched: FetchResult, page: PageRecord, site: SiteContext, deps: CrawlDeps): Promise<ExtractedPage> {
  const mode = deps.settings.render;
  let extracted: ExtractedPage | undefined;
  try {
    extracted = await deps.extract.fromBytes({ bytes: fetched.body, contentType: fetched.contentType, url: fetched.finalUrl });
  } catch (error) {
    // An HTML page with no text may be an app shell that a browser fills in.
    if (!(reasonOf(error) === 'empty' && mode !== 'never' && isHtml(fetched.contentType))) throw error;
  }
  if (extracted && !shouldRender(mode, extracted, fetched.body)) return extracted;
  const hasText = (extracted?.document.blocks.length ?? 0) > 0;
  if (!deps.renderer) {
    // auto: the HTTP text is what we have; only an always-render crawl or a page without any text fails.
    if (extracted && hasText && mode !== 'always') return extracted;
    throw new PageFailure('no-browser', 'page needs a browser to show its text, and none is available');
  }
  let rendered;
  try {
    rendered = await deps.renderer.render(fetched.finalUrl, site.siteId);
  } catch (error) {
    if (extracted && hasText) return extracted;
    const failure = toPageFailure(error);
    throw failure.reason === 'internal' ? new PageFailure('render-failed', failure.message) : failure;
  }
  page.rendered = true;
  const renderedPage = deps.extract.fromRenderedHtml(rendered.html, rendered.finalUrl);
  // Links found only in the raw HTML still count (scripts may rebuild menus differently).
  return { ...renderedPage, links: [...renderedPage.links, ...(extracted?.links ?? [])] };
}

function isHtml(contentType: string | undefined): boolean {
  return !contentType || /html/i.test(contentType);
}

function reasonOf(error: unknown): unknown {
  return (error as { reason?: unknown } | undefined)?.reason;
}

function toPageFailure(error: unknown): PageFailure {
  if (error instanceof PageFailure) return error;
  if (error instanceof FetchError) return new PageFailure(error.reason, error.message, error.details.retryAfterMs, error.details.status);
  const reason = reasonOf(error);
  if (typeof reason === 'string' && isFailureReason(reason)) return new PageFailure(reason, messageOf(error));
  return new PageFailure('internal', messageOf(error));
}

/** Reasons that mean "we chose not to read it" rather than "we could not". */
function isSkipReason(reason: FailureReason): boolean {
  return reason === 'robots' || reason === 'out-of-scope' || reason === 'trap';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
