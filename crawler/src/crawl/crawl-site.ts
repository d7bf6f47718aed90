// One school site, start to end: seed its frontier once, then lease, process and commit its URLs one at a
// time (one connection per host comes naturally) until the frontier is empty or the page cap is hit.
// Re-entrant: called again for a site a dead process left behind, it carries on from the store.
import { SiteScope } from '../fetch/site-scope.ts';
import { canonicalKey, normalizeUrl } from '../fetch/url-normalize.ts';
import type { KnownUrl, SiteRecord } from '../store/records.ts';
import { triageLinks } from './link-triage.ts';
import { processUrl, type SiteContext } from './page-processor.ts';
import type { CrawlDeps, SiteResult } from './ports.ts';
import { sleep } from './sleep.ts';

export async function crawlSite(site: SiteRecord, deps: CrawlDeps): Promise<SiteResult> {
  const { store, settings, owner } = deps;
  const now = deps.now ?? Date.now;
  deps.observer?.siteStarted?.(site);
  const scope = SiteScope.fromSeed({ startUrls: site.seedUrls, pathScoped: site.pathScoped });
  const ctx: SiteContext = {
    siteId: site.siteId, inScope: (u) => scope.inScope(u), addRoot: (u) => scope.addRoot(u), trapGuard: deps.newTrapGuard(site), known: new Set(),
  };

  if (!site.seeded) await seedFrontier(site, ctx, deps);
  await restoreSiteContext(site, ctx, scope, deps);

  let fetched = (await store.countUrls(site.siteId)).fetched;
  let capHit = false;
  for (;;) {
    if (deps.signal?.aborted) return interrupted(site, deps);
    if (fetched >= settings.maxPages) {
      capHit = true;
      break;
    }
    const entry = await store.leaseUrl(site.siteId, owner, settings.leaseMs, now());
    if (!entry) {
      const due = await store.nextDueAt(site.siteId);
      if (due === undefined) break;
      await sleep(due - now(), deps.signal);
      continue;
    }
    let outcome;
    try {
      outcome = await processUrl(entry, ctx, deps);
    } catch (error) {
      if (deps.signal?.aborted) return interrupted(site, deps);
      throw error;
    }
    if ('retry' in outcome) {
      await store.giveBack(site.siteId, entry.url, outcome.retry);
      continue;
    }
    const { page, findings } = outcome.commit;
    await deps.archive?.sealPage(outcome.commit);
    await store.commitPage(outcome.commit);
    if (page.stage !== 'none') fetched++;
    deps.observer?.pageDone?.(page, outcome.commit.outcome, {
      likely: findings.filter((f) => f.level === 'likely').length,
      review: findings.filter((f) => f.level === 'review').length,
    });
    await store.renewSiteLease(site.siteId, owner, settings.leaseMs, now());
  }
  return finish(site, capHit, deps);
}

/** Start pages (depth 0) and sitemap pages (depth 1), through the same triage as links, in one transaction. */
async function seedFrontier(site: SiteRecord, ctx: SiteContext, deps: CrawlDeps): Promise<void> {
  const seeds = site.seedUrls.map((u) => normalizeUrl(u)).filter((u): u is string => Boolean(u));
  for (const url of seeds) {
    ctx.known.add(canonicalKey(url)!);
    ctx.trapGuard.admit(url);
  }
  let listed: string[] = [];
  try {
    const fromRobots = seeds.length ? await deps.robots.sitemaps(seeds[0], site.siteId) : [];
    listed = await deps.sitemaps.pageUrls(site, fromRobots);
  } catch (error) {
    deps.observer?.warn?.(`${site.siteId}: sitemaps unreadable (${(error as Error).message})`);
  }
  const { discovered } = triageLinks(listed.map((url) => ({ url })), {
    siteId: site.siteId, fromUrl: seeds[0] ?? site.seedUrls[0], depth: 0, maxDepth: deps.settings.maxDepth,
    inScope: ctx.inScope, trapGuard: ctx.trapGuard, known: ctx.known,
  });
  await deps.store.seedSite(site.siteId, [
    ...seeds.map((url) => ({ url, depth: 0 })),
    ...discovered.map((d) => ({ ...d, discoveredFrom: 'sitemap' })),
  ]);
}

/**
 * Rebuilds what lives only in memory from the stored frontier: the known-URL set, the trap guard's counts
 * (replaying the same admit calls in the same order) and scope roots added by a start page's redirect.
 */
async function restoreSiteContext(site: SiteRecord, ctx: SiteContext, scope: SiteScope, deps: CrawlDeps): Promise<void> {
  const seededJustNow = ctx.known.size > 0;
  if (!seededJustNow) {
    for (const known of await deps.store.knownUrls(site.siteId)) {
      ctx.known.add(canonicalKey(known.url) ?? known.url);
      if (wentThroughTrapGuard(known)) ctx.trapGuard.admit(known.url);
    }
  }
  for await (const page of deps.store.pages(site.siteId)) {
    if (page.depth > 0) break;
    if (page.finalUrl) scope.addRoot(page.finalUrl);
  }
}

/** Links skipped before the trap guard was asked (file types, depth) must not be replayed into it. */
function wentThroughTrapGuard(known: KnownUrl): boolean {
  return known.reason !== 'unsupported-type' && known.reason !== 'depth-cap';
}

async function finish(site: SiteRecord, capHit: boolean, deps: CrawlDeps): Promise<SiteResult> {
  const { store } = deps;
  const cutOff = capHit && ((await store.skipQueued(site.siteId, 'page-cap')) > 0 || (await hasPageCapSkips(site, deps)));
  const counts = await store.countUrls(site.siteId);
  let result: SiteResult;
  if (counts.done > 0) {
    result = cutOff ? { state: 'partial', reason: 'page-cap', counts } : { state: 'finished', counts };
  } else {
    result = { state: 'failed', reason: (await firstPageError(site, deps)) ?? 'empty', counts };
  }
  await store.finishSite(site.siteId, result.state as 'finished' | 'partial' | 'failed', result.reason);
  await deps.renderer?.closeSite?.(site.siteId);
  deps.observer?.siteFinished?.(site, result);
  return result;
}

// A process killed between skipping and finishing leaves the skips behind: they still make the site partial.
async function hasPageCapSkips(site: SiteRecord, deps: CrawlDeps): Promise<boolean> {
  for (const k of await deps.store.knownUrls(site.siteId)) if (k.reason === 'page-cap') return true;
  return false;
}

/** Why the start page failed: the most telling reason for a site that yielded nothing. */
async function firstPageError(site: SiteRecord, deps: CrawlDeps) {
  for await (const page of deps.store.pages(site.siteId)) return page.error;
  return undefined;
}

function interrupted(site: SiteRecord, deps: CrawlDeps): SiteResult {
  const result: SiteResult = { state: 'interrupted', counts: { queued: 0, leased: 0, done: 0, failed: 0, skipped: 0, fetched: 0 } };
  deps.observer?.siteFinished?.(site, result);
  return result;
}
