import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/src/index.ts';
import { FetchError, type FetchResult } from '../fetch/types.ts';
import { findingKeyString, openCrawlStore, sha256Hex, type CrawlStore, type PageRow } from '../store/index.ts';
import { crawlSite } from './crawl-site.ts';
import type { CrawlDeps, ExtractedPage } from './ports.ts';
import { runCrawl } from './run-crawl.ts';

/** A fake web: URL → page text, where "link: URL" lines are links and "BIJLES" marks a violation. */
type FakeWeb = Record<string, string | FetchError | (() => string | FetchError)>;

function fakeExtract(body: string): ExtractedPage {
  const lines = body.split('\n').filter(Boolean);
  return {
    kind: 'html',
    links: lines.filter((l) => l.startsWith('link: ')).map((l) => ({ url: l.slice(6) })),
    document: { blocks: lines.filter((l) => !l.startsWith('link: ')).map((text, i) => ({ kind: 'paragraph', text, locator: `p:nth-of-type(${i + 1})` })) },
  };
}

const SITE = { siteId: 'a.test', seedUrls: ['http://a.test/'], locations: [] };

function fakeDeps(store: CrawlStore, web: FakeWeb, extra: Partial<CrawlDeps> & { disallow?: string[]; sitemap?: string[] } = {}): CrawlDeps & { fetchLog: string[] } {
  const fetchLog: string[] = [];
  return {
    store, owner: 'test', fetchLog,
    settings: {
      maxPages: 100, maxDepth: 5, render: 'never', obeyRobots: true, screenshots: false, userAgent: 'ua',
      outDir: mkdtempSync(join(tmpdir(), 'crawl-out-')), leaseMs: 60_000, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 100 },
      ...extra.settings,
    },
    fetcher: {
      async fetch(url, ctx): Promise<FetchResult> {
        fetchLog.push(url);
        let entry = web[url];
        if (typeof entry === 'function') entry = entry();
        if (entry === undefined) throw new FetchError('http-4xx', `404 ${url}`, { status: 404 });
        if (entry instanceof FetchError) throw entry;
        const body = Buffer.from(entry);
        const moved = entry.startsWith('moved: ') ? entry.slice(7) : undefined;
        if (moved) {
          const refusal = await ctx.checkRedirect?.(moved);
          if (refusal) throw new FetchError(refusal, `redirect to ${moved} refused`);
          return this.fetch(moved, ctx);
        }
        return {
          requestedUrl: url, finalUrl: url, status: 200, contentType: 'text/html', headers: {}, body, rawBytes: body.length,
          redirects: [], fetchedAt: '2024-05-01T10:00:00.000Z', sha256: sha256Hex(body), durationMs: 1,
        };
      },
    },
    extract: {
      fromBytes: ({ bytes }) => fakeExtract(Buffer.from(bytes).toString('utf8')),
      fromRenderedHtml: (html) => fakeExtract(html),
    },
    classify: (doc) => doc.blocks.flatMap((b, blockIndex): Finding[] => b.text.includes('BIJLES')
      ? [{ category: 'commercial-tutoring', level: 'likely', score: 0.9, text: b.text, span: { start: 0, end: 6 }, reasons: [], ruleIds: [], blockIndex, locator: b.locator }]
      : []),
    robots: {
      verdict: async (url) => ((extra.disallow ?? []).some((p) => new URL(url).pathname.startsWith(p)) ? 'robots' : undefined),
      sitemaps: async () => [],
    },
    sitemaps: { pageUrls: async () => extra.sitemap ?? [] },
    newTrapGuard: () => ({ admit: (url) => !/\/kalender\/\d+/.test(url) || Number(/\d+/.exec(url)![0]) < 3 }),
    ...extra,
  };
}

const newStore = async () => {
  const store = openCrawlStore(mkdtempSync(join(tmpdir(), 'crawl-')));
  await store.addSites([SITE]);
  return store;
};

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

const WEB: FakeWeb = {
  'http://a.test/': 'Welkom\nlink: /nieuws\nlink: /ouders\nlink: https://www.lyceo.nl/\nlink: /folder.jpg\nlink: /geheim/x\nlink: /kalender/1',
  'http://a.test/nieuws': 'Nieuws\nlink: /nieuws/1\nlink: /kapot',
  'http://a.test/nieuws/1': 'BIJLES bij ons partnerbureau',
  'http://a.test/ouders': 'Ouders\nBIJLES met korting\nlink: /nieuws',
  'http://a.test/kalender/1': 'Kalender 1\nlink: /kalender/2',
  'http://a.test/kalender/2': 'Kalender 2\nlink: /kalender/3',
  'http://a.test/kalender/3': 'Kalender 3\nlink: /kalender/4',
  'http://a.test/sitemap-only': 'Alleen via sitemap\nBIJLES in de sitemap',
  'http://a.test/kopie': 'Ouders\nBIJLES met korting\nlink: /nieuws',
};

describe('crawlSite', () => {
  it('crawls the site, records every URL with its outcome and finds the violations', async () => {
    const store = await newStore();
    const deps = fakeDeps(store, WEB, { disallow: ['/geheim'], sitemap: ['http://a.test/sitemap-only', 'http://a.test/kopie', 'http://elders.test/'] });
    const result = await crawlSite((await store.leaseSite('test', 60_000))!, deps);
    expect(result.state).toBe('finished');

    const pages = new Map((await collect(store.pages())).map((p: PageRow) => [new URL(p.url).pathname, p]));
    expect(pages.get('/')).toMatchObject({ state: 'done', stage: 'stored', status: 200, sha256: expect.any(String) });
    expect(pages.get('/kapot')).toMatchObject({ state: 'failed', error: 'http-4xx' });
    expect(pages.get('/geheim/x')).toMatchObject({ state: 'skipped', error: 'robots', stage: 'none' });
    expect(pages.get('/folder.jpg')).toMatchObject({ state: 'skipped', error: 'unsupported-type' });
    expect(pages.get('/kalender/3')).toMatchObject({ state: 'skipped', error: 'trap' });
    // Sitemap pages are queued at seeding, so /kopie is read before /ouders, which then duplicates it.
    expect(pages.get('/ouders')).toMatchObject({ state: 'skipped', error: 'duplicate', duplicateOf: 'http://a.test/kopie' });
    expect([...pages.keys()]).not.toContain('/elders');
    expect(deps.fetchLog).not.toContain('http://a.test/geheim/x');

    const findings = await collect(store.findings());
    expect(findings.map((f) => new URL(f.url).pathname).sort()).toEqual(['/kopie', '/nieuws/1', '/sitemap-only']);
    expect(findings[0]).toMatchObject({ siteId: 'a.test', locator: expect.stringMatching(/^p:/), evidence: { sha256: expect.any(String), capturedAt: '2024-05-01T10:00:00.000Z', userAgent: 'ua', screenshotNote: expect.any(String) } });
    expect(await collect(store.outlinks())).toEqual([expect.objectContaining({ toUrl: 'https://www.lyceo.nl/', bureau: 'lyceo.nl', fromUrl: 'http://a.test/' })]);
  });

  it('retries a retryable failure, and gives up after the attempt limit', async () => {
    const store = await newStore();
    let calls = 0;
    const web: FakeWeb = {
      'http://a.test/': 'Home\nlink: /wankel\nlink: /stuk',
      'http://a.test/wankel': () => (++calls === 1 ? new FetchError('http-5xx', '503', { status: 503 }) : 'Nu wel'),
      'http://a.test/stuk': new FetchError('timeout', 'slow'),
    };
    const deps = fakeDeps(store, web);
    await crawlSite((await store.leaseSite('test', 60_000))!, deps);
    const pages = new Map((await collect(store.pages())).map((p) => [new URL(p.url).pathname, p]));
    expect(pages.get('/wankel')).toMatchObject({ state: 'done', attempts: 2 });
    expect(pages.get('/stuk')).toMatchObject({ state: 'failed', error: 'timeout', attempts: 3 });
    expect(deps.fetchLog.filter((u) => u.endsWith('/stuk'))).toHaveLength(3);
  });

  it('follows a start page that moved to another domain, and keeps other redirects inside the site', async () => {
    const store = await newStore();
    const web: FakeWeb = {
      'http://a.test/': 'moved: http://nieuw.test/',
      'http://nieuw.test/': 'Nieuwe site\nlink: /extern\nlink: http://elders.test/x',
      'http://nieuw.test/extern': 'moved: http://elders.test/y',
    };
    const result = await crawlSite((await store.leaseSite('test', 60_000))!, fakeDeps(store, web));
    expect(result.state).toBe('finished');
    const pages = await collect(store.pages());
    expect(pages.map((p) => [p.url, p.state, p.error ?? null])).toEqual([
      ['http://a.test/', 'done', null], ['http://nieuw.test/extern', 'skipped', 'out-of-scope'],
    ]);
    expect(pages[0].finalUrl).toBe('http://nieuw.test/');
  });

  it('stops at the page cap and calls the site partial; fails a site whose start page is disallowed', async () => {
    const store = await newStore();
    await crawlSite((await store.leaseSite('test', 60_000))!, fakeDeps(store, WEB, { settings: { ...fakeDeps(store, WEB).settings, maxPages: 2 } }));
    expect(await store.getSite('a.test')).toMatchObject({ state: 'partial', reason: 'page-cap' });
    expect((await store.countUrls('a.test')).fetched).toBe(2);

    const blocked = await newStore();
    const result = await crawlSite((await blocked.leaseSite('test', 60_000))!, fakeDeps(blocked, WEB, { disallow: ['/'] }));
    expect(result).toMatchObject({ state: 'failed', reason: 'robots' });
  });

  it('after an interruption at any page, a resumed crawl ends with exactly the findings of an uninterrupted one', async () => {
    const reference = await newStore();
    await runCrawl(fakeDeps(reference, WEB, { sitemap: ['http://a.test/sitemap-only'] }), 1);
    const expected = (await collect(reference.findings())).map(findingKeyString).sort();
    const expectedPages = (await collect(reference.pages())).map((p) => `${p.url} ${p.state} ${p.error}`);
    expect(expected).toHaveLength(3);

    for (let stopAfter = 1; stopAfter <= 8; stopAfter++) {
      const store = await newStore();
      const controller = new AbortController();
      let pages = 0;
      await runCrawl(fakeDeps(store, WEB, { sitemap: ['http://a.test/sitemap-only'], signal: controller.signal, observer: { pageDone: () => { if (++pages === stopAfter) controller.abort(); } } }), 1);
      await store.reclaimLeases({ all: true });
      await runCrawl(fakeDeps(store, WEB, { sitemap: ['http://a.test/sitemap-only'] }), 1);
      expect((await collect(store.findings())).map(findingKeyString).sort()).toEqual(expected);
      expect((await collect(store.pages())).map((p) => `${p.url} ${p.state} ${p.error}`)).toEqual(expectedPages);
      expect((await store.getSite('a.test'))?.state).toBe('finished');
    }
  });
});
