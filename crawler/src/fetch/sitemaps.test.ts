import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpFetcher } from './http-fetcher.ts';
import { startLocalServer, type LocalTestServer } from './local-test-server.ts';
import { readSitemaps, sitemapCandidates } from './sitemaps.ts';

describe('readSitemaps', () => {
  let server: LocalTestServer;
  let fetcher: HttpFetcher;
  const purposes: string[] = [];

  const urlset = (origin: string, paths: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((p) => `<url><loc>${origin}${p}</loc><lastmod>2025-09-01</lastmod></url>`)
      .join('')}</urlset>`;

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      const o = server.origin;
      const xml = (body: string | Buffer, type = 'application/xml') => void res.writeHead(200, { 'content-type': type }).end(body);
      switch (req.url) {
        case '/sitemap_index.xml':
          return xml(
            `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${o}/pages.xml</loc></sitemap>` +
              `<sitemap><loc>${o}/news.xml.gz</loc><lastmod>2025-10-01</lastmod></sitemap><sitemap><loc>${o}/nested-index.xml</loc></sitemap></sitemapindex>`,
          );
        case '/nested-index.xml':
          return xml(`<sitemapindex><sitemap><loc>${o}/docs.txt</loc></sitemap><sitemap><loc>${o}/sitemap_index.xml</loc></sitemap></sitemapindex>`);
        case '/pages.xml':
          return xml(urlset(o, ['/', '/ouders?x=1&amp;y=2', '/contact']));
        case '/news.xml.gz':
          return xml(gzipSync(urlset(o, ['/nieuws/1', '/nieuws/2', '/contact'])), 'application/gzip');
        case '/docs.txt':
          return xml(`${o}/schoolgids.pdf\n${o}/ouderbijdrage.pdf\n`, 'text/plain');
        case '/broken.xml':
          return xml('<html><body>Oops, this is the homepage</body></html>', 'text/html');
        case '/bomb.xml.gz':
          return xml(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)), 'application/gzip');
        case '/many.xml':
          return xml(urlset(o, Array.from({ length: 100 }, (_, i) => `/p/${i}`)));
        default:
          return void res.writeHead(404).end();
      }
    });
    fetcher = new HttpFetcher({ userAgent: 'schoolscan/0.1', recorder: { record: (_e, c) => void purposes.push(c.purpose) } });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('follows nested indexes, reads .xml.gz and text sitemaps, and keeps lastmod', async () => {
    const result = await readSitemaps([`${server.origin}/sitemap_index.xml`], { fetcher, siteId: 's' });
    const o = server.origin;
    expect(result.entries.map((e) => e.url)).toEqual([
      `${o}/`,
      `${o}/ouders?x=1&y=2`,
      `${o}/contact`,
      `${o}/nieuws/1`,
      `${o}/nieuws/2`,
      `${o}/schoolgids.pdf`,
      `${o}/ouderbijdrage.pdf`,
    ]);
    expect(result.entries[0]).toEqual({ url: `${o}/`, lastmod: '2025-09-01', sitemap: `${o}/pages.xml` });
    expect(result.sitemapsRead).toHaveLength(5);
    expect(result.problems).toEqual([]);
    expect(new Set(purposes)).toEqual(new Set(['sitemap']));
  });

  it('reports a page that is not a sitemap, and a missing one, without throwing', async () => {
    const logs: string[] = [];
    const result = await readSitemaps([`${server.origin}/broken.xml`, `${server.origin}/absent.xml`], {
      fetcher,
      siteId: 's',
      log: (m) => logs.push(m),
    });
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([`${server.origin}/broken.xml: not a sitemap (root element <html>)`, `${server.origin}/absent.xml: http-4xx`]);
    expect(logs).toEqual(result.problems);
  });

  it('refuses a gzip file that inflates past the limit', async () => {
    const result = await readSitemaps([`${server.origin}/bomb.xml.gz`], { fetcher, siteId: 's', maxInflatedBytes: 1024 * 1024 });
    expect(result.entries).toEqual([]);
    expect(result.problems[0]).toMatch(/gzip could not be read/);
  });

  it('stops at maxUrls and maxSitemaps', async () => {
    const few = await readSitemaps([`${server.origin}/many.xml`], { fetcher, siteId: 's', maxUrls: 10 });
    expect(few.entries).toHaveLength(10);
    const one = await readSitemaps([`${server.origin}/sitemap_index.xml`], { fetcher, siteId: 's', maxSitemaps: 1 });
    expect(one.entries).toEqual([]);
    expect(one.problems[0]).toMatch(/stopped after 1 sitemaps/);
  });
});

describe('sitemapCandidates', () => {
  it('prefers robots.txt Sitemap lines and falls back to the usual places', () => {
    expect(sitemapCandidates('https://school.nl', ['https://school.nl/wp-sitemap.xml'])).toEqual(['https://school.nl/wp-sitemap.xml']);
    expect(sitemapCandidates('https://school.nl')).toEqual(['https://school.nl/sitemap.xml', 'https://school.nl/sitemap_index.xml']);
  });
});
