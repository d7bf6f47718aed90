import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFetcher } from './http-fetcher.ts';
import { startLocalServer, type LocalTestServer } from './local-test-server.ts';
import { HostLimiter } from './politeness.ts';
import { RobotsCache } from './robots.ts';
import type { FetchPurpose } from './types.ts';

const ROBOTS = [
  'User-agent: *',
  'Disallow: /',
  '',
  'User-agent: schoolscan',
  'Disallow: /intern/',
  'Allow: /intern/open.html',
  'Crawl-delay: 2',
  '',
  'Sitemap: https://www.school.nl/sitemap_index.xml',
].join('\n');

describe('RobotsCache', () => {
  let server: LocalTestServer;
  let robotsBody = ROBOTS;
  let robotsStatus = 200;
  const purposes: FetchPurpose[] = [];
  let fetcher: HttpFetcher;

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === '/robots.txt') res.writeHead(robotsStatus, { 'content-type': 'text/plain' }).end(robotsBody);
      else res.writeHead(200).end('ok');
    });
    fetcher = new HttpFetcher({ userAgent: 'schoolscan/0.1', recorder: { record: (_e, c) => void purposes.push(c.purpose) } });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  const freshCache = (extra: Partial<ConstructorParameters<typeof RobotsCache>[0]> = {}) => new RobotsCache({ fetcher, ...extra });

  it('obeys the group for our token, with Allow beating a shorter Disallow', async () => {
    robotsStatus = 200;
    robotsBody = ROBOTS;
    const cache = freshCache();
    expect(await cache.isAllowed(`${server.origin}/`, 's')).toBe(true);
    expect(await cache.isAllowed(`${server.origin}/intern/cijfers.html`, 's')).toBe(false);
    expect(await cache.isAllowed(`${server.origin}/intern/open.html`, 's')).toBe(true);
    const policy = await cache.policyFor(`${server.origin}/x`, 's');
    expect(policy).toMatchObject({ status: 'parsed', crawlDelayMs: 2000, sitemaps: ['https://www.school.nl/sitemap_index.xml'] });
    expect(purposes).toContain('robots');
  });

  it('fetches robots.txt once per origin', async () => {
    robotsBody = ROBOTS;
    const before = server.requests.length;
    const cache = freshCache();
    await Promise.all([cache.isAllowed(`${server.origin}/a`, 's'), cache.isAllowed(`${server.origin}/b`, 's')]);
    await cache.isAllowed(`${server.origin}/c`, 's');
    expect(server.requests.length - before).toBe(1);
  });

  it('caps a long Crawl-delay, says so, and raises the host gap', async () => {
    robotsBody = 'User-agent: *\nCrawl-delay: 60\n';
    const logs: string[] = [];
    const gate = new HostLimiter();
    const gaps: number[] = [];
    gate.setMinGap = (_host, ms) => void gaps.push(ms);
    const policy = await freshCache({ log: (m) => logs.push(m), gate, maxCrawlDelayMs: 10_000 }).policyFor(`${server.origin}/`, 's');
    expect(policy.crawlDelayMs).toBe(10_000);
    expect(logs.join()).toMatch(/Crawl-delay 60s; capped at 10s/);
    expect(gaps).toEqual([10_000]);
  });

  it.each([404, 410, 401, 403])('allows everything when robots.txt answers %i', async (status) => {
    robotsStatus = status;
    const policy = await freshCache().policyFor(`${server.origin}/`, 's');
    expect(policy.status).toBe('absent');
    expect(policy.isAllowed(`${server.origin}/intern/`)).toBe(true);
  });

  it.each([500, 503, 429])('disallows everything when robots.txt answers %i', async (status) => {
    robotsStatus = status;
    const policy = await freshCache().policyFor(`${server.origin}/`, 's');
    expect(policy.status).toBe('unreachable');
    expect(policy.isAllowed(`${server.origin}/`)).toBe(false);
  });

  it('disallows everything when the server cannot be reached', async () => {
    const gone = await startLocalServer(() => undefined);
    await gone.close();
    const policy = await freshCache().policyFor(`${gone.origin}/`, 's');
    expect(policy).toMatchObject({ status: 'unreachable', failure: 'connection' });
  });
});
