import robotsParser from 'robots-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestRaw, type RawResponse } from './client.ts';
import { renderAppShell } from './app-shell.ts';
import { pdfPageTexts, renderedText, visibleText } from './inspect.ts';
import { plantedUrl, startTestWeb, type Planted, type SiteTruth, type TestWeb } from './server.ts';

let web: TestWeb;
/** Every page of every site, fetched once: URL → response. */
const served = new Map<string, RawResponse>();

async function fetchAll(urls: string[], concurrency = 16): Promise<void> {
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) served.set(url, await requestRaw(url));
    }),
  );
}

function siteUrls(site: SiteTruth): string[] {
  return [
    ...site.pages.map((path) => web.origin(site.host) + path),
    ...site.subdomainPages.map((page) => web.origin(page.host) + page.path),
    ...site.disallowedPages.map((path) => web.origin(site.host) + path),
  ];
}

const isPdf = (response: RawResponse) => response.body.subarray(0, 5).toString('latin1') === '%PDF-';
const allPlanted = (site: SiteTruth): Planted[] => [...site.violations, ...site.cleanLookAlikes, ...site.offLimits];

beforeAll(async () => {
  web = await startTestWeb();
  await fetchAll(web.sites.flatMap(siteUrls));
});

afterAll(() => web?.close());

describe('the test web (version 1)', () => {
  it('serves at least 30 sites of both sectors, about a third of them clean', () => {
    expect(web.sites.length).toBeGreaterThanOrEqual(30);
    expect(web.sites.filter((site) => site.sector === 'po').length).toBeGreaterThanOrEqual(10);
    expect(web.sites.filter((site) => site.sector === 'vo').length).toBeGreaterThanOrEqual(10);
    const clean = web.sites.filter((site) => site.violations.length === 0);
    expect(clean.length / web.sites.length).toBeGreaterThan(0.25);
    expect(clean.length / web.sites.length).toBeLessThan(0.4);
  });

  it('plants 25-40 violations of both categories and about as many clean look-alikes', () => {
    const violations = web.sites.flatMap((site) => site.violations);
    const lookAlikes = web.sites.flatMap((site) => site.cleanLookAlikes);
    expect(violations.length).toBeGreaterThanOrEqual(25);
    expect(violations.length).toBeLessThanOrEqual(40);
    expect(Math.abs(lookAlikes.length - violations.length)).toBeLessThanOrEqual(8);
    for (const list of [violations, lookAlikes]) {
      expect(new Set(list.map((planted) => planted.category))).toEqual(new Set(['commercial-tutoring', 'mandatory-contribution']));
    }
    expect(violations.some((planted) => planted.pdfPage !== undefined)).toBe(true);
    expect(violations.some((planted) => planted.rendered)).toBe(true);
    expect(violations.some((planted) => planted.host !== undefined)).toBe(true);
  });

  it('gives every site distinct .test hosts, 8-40 pages, and registry locations with 6-character codes', () => {
    const hosts = web.sites.flatMap((site) => site.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const site of web.sites) {
      expect(site.hosts.every((host) => host.endsWith('.test'))).toBe(true);
      expect(site.seedUrl).toBe(`${web.origin(site.host)}/`);
      expect(site.pages.length).toBeGreaterThanOrEqual(8);
      expect(site.pages.length).toBeLessThanOrEqual(40);
      expect(new Set(site.pages).size).toBe(site.pages.length);
      expect(site.registry.length).toBeGreaterThan(0);
      for (const location of site.registry) expect(location.vestigingscode).toMatch(/^\d{2}[A-Z]{2}\d{2}$/);
    }
    expect(web.sites.some((site) => site.registry.length > 1)).toBe(true);
  });

  it('answers 200 for every listed page and 404 for every broken link', async () => {
    for (const [url, response] of served) expect(response.status, url).toBe(200);
    for (const site of web.sites) {
      expect(isPdf(served.get(web.origin(site.host) + site.schoolGuide.path)!)).toBe(true);
      for (const path of site.brokenLinks) expect((await requestRaw(web.origin(site.host) + path)).status, path).toBe(404);
    }
  });

  it('puts every planted HTML phrase in the visible text of its page, and nowhere else on the web', () => {
    const texts = new Map<string, string>();
    for (const [url, response] of served) if (!isPdf(response)) texts.set(url, renderedText(response.body.toString('utf8')));
    for (const site of web.sites) {
      for (const planted of allPlanted(site).filter((p) => p.pdfPage === undefined)) {
        const holders = [...texts].filter(([, text]) => text.includes(planted.phrase)).map(([url]) => url);
        expect(holders, planted.phrase).toEqual([plantedUrl(web, site, planted)]);
      }
    }
  });

  it('puts every planted PDF phrase on the stated page of the school guide', async () => {
    const pdfPlants = web.sites.flatMap((site) => allPlanted(site).filter((p) => p.pdfPage !== undefined).map((planted) => ({ site, planted })));
    expect(pdfPlants.length).toBeGreaterThanOrEqual(5);
    for (const site of web.sites) {
      const pages = await pdfPageTexts(served.get(web.origin(site.host) + site.schoolGuide.path)!.body);
      expect(pages.length, site.id).toBe(site.schoolGuide.pageCount);
      for (const { planted } of pdfPlants.filter((entry) => entry.site === site)) {
        const onPages = pages.flatMap((text, i) => (text.includes(planted.phrase) ? [i + 1] : []));
        expect(onPages, planted.phrase).toEqual([planted.pdfPage]);
      }
    }
  });

  it('keeps rendered-only phrases out of the raw HTML; the inline script writes them', () => {
    const rendered = web.sites.flatMap((site) => allPlanted(site).filter((p) => p.rendered).map((planted) => ({ site, planted })));
    expect(new Set(rendered.map((entry) => entry.site.id)).size).toBeGreaterThanOrEqual(3);
    for (const { site, planted } of rendered) {
      const raw = served.get(plantedUrl(web, site, planted))!.body.toString('utf8');
      expect(raw).toContain('<div id="app"></div>');
      expect(visibleText(raw)).not.toContain(planted.phrase);
      expect(raw).not.toContain(planted.phrase.slice(0, 12));
      expect(visibleText(`<body>${renderAppShell(raw)}</body>`)).toContain(planted.phrase);
    }
  });

  it('writes some passages with entities and inline markup, so only decoded text matches', () => {
    const raws = [...served.values()].filter((response) => !isPdf(response)).map((response) => response.body.toString('utf8'));
    expect(raws.some((html) => html.includes('&euro;&nbsp;'))).toBe(true);
    expect(raws.some((html) => /<strong>verplicht<\/strong>/.test(html))).toBe(true);
  });

  it('has robots.txt rules that match the disallowed and allowed pages', async () => {
    const withRules = web.sites.filter((site) => site.disallowedPages.length > 0);
    expect(withRules.length).toBeGreaterThanOrEqual(2);
    expect(web.sites.flatMap((site) => site.offLimits).length).toBeGreaterThanOrEqual(1);
    for (const site of web.sites) {
      const response = await requestRaw(`${web.origin(site.host)}/robots.txt`);
      if (response.status === 404) continue;
      const robots = robotsParser(`${web.origin(site.host)}/robots.txt`, response.body.toString('utf8'));
      for (const path of site.pages) expect(robots.isAllowed(web.origin(site.host) + path, 'schoolscan'), path).toBe(true);
      for (const path of site.disallowedPages) expect(robots.isAllowed(web.origin(site.host) + path, 'schoolscan'), path).toBe(false);
      expect(robots.getCrawlDelay('schoolscan')).toBe(site.crawlDelaySeconds);
    }
    expect(web.sites.some((site) => site.crawlDelaySeconds === 1)).toBe(true);
  });

  it('advertises sitemaps in the stated way and lists the sitemap-only pages there', async () => {
    const kinds = new Set(web.sites.map((site) => site.sitemap));
    expect(kinds).toEqual(new Set(['robots', 'root-only', 'index', 'none']));
    for (const site of web.sites) {
      const origin = web.origin(site.host);
      const robots = await requestRaw(`${origin}/robots.txt`);
      const robotsText = robots.status === 200 ? robots.body.toString('utf8') : '';
      const sitemap = await requestRaw(`${origin}/sitemap.xml`);
      switch (site.sitemap) {
        case 'robots':
          expect(robotsText).toContain(`Sitemap: ${origin}/sitemap.xml`);
          expect(sitemap.status).toBe(200);
          break;
        case 'root-only':
          expect(robotsText).not.toContain('Sitemap:');
          expect(sitemap.status).toBe(200);
          break;
        case 'index': {
          expect(robotsText).toContain(`Sitemap: ${origin}/sitemap_index.xml`);
          const index = (await requestRaw(`${origin}/sitemap_index.xml`)).body.toString('utf8');
          expect(index).toContain('<sitemapindex');
          expect(index).toContain(`${origin}/post-sitemap.xml`);
          break;
        }
        case 'none':
          expect(sitemap.status).toBe(404);
          break;
      }
      const listed = site.sitemap === 'index'
        ? (await requestRaw(`${origin}/page-sitemap.xml`)).body.toString('utf8')
        : sitemap.body.toString('utf8');
      for (const path of site.sitemapOnlyPages) {
        expect(listed).toContain(`<loc>${origin}${path}</loc>`);
        const linkers = site.pages.filter((page) => served.get(origin + page)!.body.toString('utf8').includes(`${path}"`));
        expect(linkers, `${path} must be linked from nowhere`).toEqual([]);
      }
    }
    expect(web.sites.some((site) => site.sitemapOnlyPages.length > 0)).toBe(true);
  });

  it('redirects the www/non-www twin to the canonical host with the same path', async () => {
    for (const site of web.sites) {
      const twin = site.hosts[1];
      const response = await requestRaw(`${web.origin(twin)}${site.pages[1]}`);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(`${web.origin(site.host)}${site.pages[1]}`);
    }
  });

  it('mixes link forms: relative, absolute, alias, protocol-relative, fragments, tracking parameters, an outbound bureau link', () => {
    const html = [...served.values()].map((response) => response.body.toString('latin1')).join('\n');
    expect(html).toMatch(/href="\.\.\//);
    expect(html).toMatch(/href="\?page=/);
    expect(html).toMatch(new RegExp(`href="//www\\.[a-z-]+\\.test:${web.port}/`));
    expect(html).toMatch(/href="[^"]+#inhoud"/);
    expect(html).toMatch(/utm_source=website/);
    expect(html).toContain('href="https://www.lyceo.nl/examentraining"');
    expect(html).toContain(`href="http://rijnmond-lyceum.test:${web.port}/"`);
  });

  it('serves the same page for tracking-parameter and trailing-slash variants', async () => {
    const site = web.sites.find((s) => s.id === 'rkbs-sint-jozef')!;
    const origin = web.origin(site.host);
    const page = site.pages.find((path) => path.endsWith('/') && path.length > 1)!;
    const plain = served.get(origin + page)!;
    const tracked = await requestRaw(`${origin}${page}?utm_source=nieuwsbrief&utm_medium=email`);
    expect(tracked.body.equals(plain.body)).toBe(true);
    const unslashed = await requestRaw(origin + page.slice(0, -1));
    expect(unslashed.status).toBe(301);
    expect(unslashed.headers.location).toBe(page);
  });

  it('supports conditional GET and gzip where a site offers it', async () => {
    const site = web.sites.find((s) => s.id === 'obs-het-palet')!;
    const url = `${web.origin(site.host)}${site.pages[2]}`;
    const first = served.get(url)!;
    const again = await requestRaw(url, { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    const zipped = await requestRaw(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(zipped.body).equals(first.body)).toBe(true);
  });

  it('serves identical bytes on a restart at the same port', async () => {
    const port = web.port;
    const sample = [...served.keys()].filter((_, i) => i % 25 === 0);
    await web.close();
    web = await startTestWeb({ port });
    for (const url of sample) expect((await requestRaw(url)).body.equals(served.get(url)!.body), url).toBe(true);
  });

  it('logs every request with host, path, time and user agent', async () => {
    const before = web.requests.length;
    const site = web.sites[0];
    await requestRaw(site.seedUrl, { headers: { 'user-agent': 'schoolscan-test/1.0' } });
    const entry = web.requests[before];
    expect(entry).toMatchObject({ host: site.host, path: '/', userAgent: 'schoolscan-test/1.0', method: 'GET', status: 200 });
    expect(Math.abs(entry.at - (performance.timeOrigin + performance.now()))).toBeLessThan(5000);
  });
});
