import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestRaw } from './client.ts';
import { buildGzipBomb } from './hostile/gzip-bomb.ts';
import { QUERY_VARIANT_COUNT } from './hostile/hosts.ts';
import { startTestWeb, type HostileKind, type HostileTruth, type TestWeb } from './server.ts';

let web: TestWeb;
beforeAll(async () => {
  web = await startTestWeb();
});
afterAll(() => web?.close());

function hostOf(kind: HostileKind, nth = 0): HostileTruth {
  const hosts = web.hostile.filter((host) => host.kind === kind);
  if (!hosts[nth]) throw new Error(`no hostile host of kind ${kind}`);
  return hosts[nth];
}

describe('hostile hosts', () => {
  it('are documented: own .test host, seed URL, expectation in words', () => {
    const kinds = new Set(web.hostile.map((host) => host.kind));
    for (const kind of ['redirect-loop', 'slow-drip', 'endless-calendar', 'huge-page', 'gzip-bomb', 'wrong-charset', 'corrupt-pdf', 'status-404', 'status-500', 'status-429', 'robots-disallow-all', 'session-id-trap', 'query-variants'] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    const siteHosts = new Set(web.sites.flatMap((site) => site.hosts));
    for (const host of web.hostile) {
      expect(host.host).toMatch(/\.test$/);
      expect(siteHosts.has(host.host)).toBe(false);
      expect(host.seedUrl.startsWith(web.origin(host.host))).toBe(true);
      expect(host.expect.length).toBeGreaterThan(40);
    }
    expect(new Set(web.hostile.map((host) => host.host)).size).toBe(web.hostile.length);
  });

  it('redirect loop: / → 302 /home → 301 /', async () => {
    const host = hostOf('redirect-loop');
    const first = await requestRaw(host.seedUrl);
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe(`${web.origin(host.host)}/home`);
    const second = await requestRaw(first.headers.location!);
    expect(second.status).toBe(301);
    expect(new URL(second.headers.location!, host.seedUrl).href).toBe(host.seedUrl);
  });

  it('slow drip: headers at once, then about a byte a second, never finishing', async () => {
    const started = performance.now();
    const response = await requestRaw(hostOf('slow-drip').seedUrl, { timeoutMs: 1600 });
    expect(response.status).toBe(200);
    expect(response.truncated).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1500);
    const dots = response.body.toString('utf8').match(/\.+$/)?.[0].length ?? 0;
    expect(dots).toBeGreaterThanOrEqual(1);
    expect(dots).toBeLessThanOrEqual(2);
  });

  it('no response: the status line never comes', async () => {
    await expect(requestRaw(hostOf('no-response').seedUrl, { timeoutMs: 300 })).rejects.toThrow(/no response/);
  });

  it('connection reset: the body stops short of its Content-Length', async () => {
    const response = await requestRaw(hostOf('connection-reset').seedUrl, { timeoutMs: 2000 });
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBeLessThan(Number(response.headers['content-length']));
  });

  it('endless calendar: every month links to the next one', async () => {
    const host = hostOf('endless-calendar');
    const home = (await requestRaw(host.seedUrl)).body.toString('utf8');
    let href = /href="(\/agenda\?maand=[^"]+)"/.exec(home)![1];
    for (let i = 0; i < 30; i++) {
      const html = (await requestRaw(web.origin(host.host) + href)).body.toString('utf8');
      href = /href="([^"]+)">volgende maand/.exec(html)![1];
    }
    expect(href).toBe('/agenda?maand=2027-03');
  });

  it('huge page: streams without Content-Length, far beyond any sane limit', async () => {
    const response = await requestRaw(hostOf('huge-page').seedUrl, { maxBytes: 2 * 1024 * 1024 });
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBeGreaterThanOrEqual(2 * 1024 * 1024);
  });

  it('gzip bomb: about 1 MB on the wire, inflating past 1 GB', async () => {
    const response = await requestRaw(hostOf('gzip-bomb').seedUrl, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body.length).toBeLessThan(2 * 1024 * 1024);
    expect(response.body.readUInt32LE(response.body.length - 4)).toBe((2 ** 30 + 96) % 2 ** 32);
    const start = zlib.inflateRawSync(response.body.subarray(10, 12_000), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    expect(start.toString('utf8', 0, 15)).toBe('<!DOCTYPE html>');
    expect(start.length).toBeGreaterThan(10 * 1024 * 1024);
    const small = buildGzipBomb(3);
    expect(zlib.gunzipSync(small.body).length).toBe(small.inflatedSize);
  });

  it('wrong charset: Windows-1252 bytes, undeclared or mislabelled as UTF-8; the phrase needs windows-1252', async () => {
    const hosts = web.hostile.filter((host) => host.kind === 'wrong-charset');
    expect(hosts.length).toBe(2);
    const contentTypes: string[] = [];
    for (const host of hosts) {
      const response = await requestRaw(host.seedUrl);
      contentTypes.push(String(response.headers['content-type']));
      const phrase = host.planted![0].phrase;
      expect(response.body.includes(0x80) || response.body.includes(0x93)).toBe(true);
      expect(iconv.decode(response.body, 'windows-1252')).toContain(phrase);
      expect(response.body.toString('utf8')).not.toContain(phrase);
      expect(host.expect).toContain(phrase);
    }
    expect(contentTypes.sort()).toEqual(['text/html', 'text/html; charset=utf-8']);
  });

  it('corrupt PDF: linked from a working page, starts like a PDF, does not parse', async () => {
    const host = hostOf('corrupt-pdf');
    const home = await requestRaw(host.seedUrl);
    expect(home.status).toBe(200);
    expect(home.body.toString('utf8')).toContain('href="/schoolgids.pdf"');
    const pdf = await requestRaw(`${web.origin(host.host)}/schoolgids.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(getDocumentProxy(new Uint8Array(pdf.body)).then((document) => document.getPage(1))).rejects.toThrow();
  });

  it('404 and 500 hosts answer with those statuses and an HTML body', async () => {
    for (const [kind, status] of [['status-404', 404], ['status-500', 500]] as const) {
      const response = await requestRaw(hostOf(kind).seedUrl);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/text\/html/);
    }
  });

  it('429: first request refused with Retry-After: 2, the next one served', async () => {
    const host = hostOf('status-429');
    expect((await requestRaw(`${web.origin(host.host)}/robots.txt`)).status).toBe(200);
    const first = await requestRaw(host.seedUrl);
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('2');
    expect((await requestRaw(host.seedUrl)).status).toBe(200);
    const log = web.requests.filter((entry) => entry.host === host.host && entry.path === '/');
    expect(log.map((entry) => entry.status)).toEqual([429, 200]);
  });

  it('robots.txt that disallows everything', async () => {
    const host = hostOf('robots-disallow-all');
    const robots = await requestRaw(`${web.origin(host.host)}/robots.txt`);
    expect(robots.body.toString('utf8')).toMatch(/User-agent: \*\nDisallow: \/\n/);
    expect(host.planted?.length).toBe(1);
  });

  it('session-id trap: fresh ids on every link, the same few pages behind them', async () => {
    const host = hostOf('session-id-trap');
    const home = (await requestRaw(host.seedUrl)).body.toString('utf8');
    const links = [...home.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.some((href) => href.includes(';jsessionid='))).toBe(true);
    expect(links.some((href) => href.includes('?sid='))).toBe(true);
    const news = links.find((href) => href.startsWith('/nieuws'))!;
    const newsHtml = (await requestRaw(web.origin(host.host) + news)).body.toString('utf8');
    const again = (await requestRaw(`${web.origin(host.host)}/nieuws`)).body.toString('utf8');
    expect(newsHtml).toContain('moestuin');
    const nextLinks = [...newsHtml.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(nextLinks.filter((href) => links.includes(href))).toEqual([]);
    expect(again).not.toBe(newsHtml);
    expect(host.usefulPages).toBe(5);
  });

  it(`query variants: the news page links to ${QUERY_VARIANT_COUNT} filter combinations`, async () => {
    const host = hostOf('query-variants');
    const html = (await requestRaw(`${web.origin(host.host)}/nieuws?categorie=sport&jaar=2020&sorteer=titel&pagina=3`)).body.toString('utf8');
    expect(html.match(/href="\/nieuws\?/g)?.length).toBe(QUERY_VARIANT_COUNT);
    expect(QUERY_VARIANT_COUNT).toBeGreaterThan(1000);
  });

  it('unknown hosts get a plain 404', async () => {
    const response = await requestRaw(`${web.origin('www.bestaat-niet.test')}/`);
    expect(response.status).toBe(404);
  });
});
