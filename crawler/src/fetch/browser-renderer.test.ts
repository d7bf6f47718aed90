import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserRenderer } from './browser-renderer.ts';
import { findBrowser } from './find-browser.ts';
import { HostMap } from './host-map.ts';
import { startLocalServer, type LocalTestServer } from './local-test-server.ts';
import { FetchError, type FetchPurpose, type HttpExchange } from './types.ts';

const chromiumPath = findBrowser();
if (!chromiumPath && process.env.CI) throw new Error('CI is set but no Chromium was found: apt install chromium or set SCHOOLSCAN_CHROMIUM');
if (!chromiumPath) console.warn('browser-renderer tests skipped: no Chromium found (apt install chromium or set SCHOOLSCAN_CHROMIUM)');

const JS_ONLY_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>OBS De Regenboog</title>
<link rel="stylesheet" href="/style.css"></head><body><div id="app">Laden…</div>
<script src="/app.js"></script></body></html>`;
const APP_JS = `fetch('/api/nieuws').then((r) => r.json()).then((items) => {
  document.getElementById('app').innerHTML = '<h1>Nieuws</h1>' + items.map((t) => '<p>' + t + '</p>').join('');
});`;
const NEWS = [
  'Vanaf dit schooljaar werken wij samen met een huiswerkinstituut.',
  'Ouders kunnen hun kind   aanmelden voor bijles via het   bureau, de kosten zijn voor de ouders.',
];

describe.skipIf(!chromiumPath)('BrowserRenderer', () => {
  let server: LocalTestServer;
  let renderer: BrowserRenderer;
  const records: { exchange: HttpExchange; purpose: FetchPurpose }[] = [];

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      switch (req.url) {
        case '/':
          return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(JS_ONLY_PAGE);
        case '/app.js':
          return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(APP_JS);
        case '/style.css':
          return void res.writeHead(200, { 'content-type': 'text/css' }).end('body { font: 16px sans-serif; }');
        case '/api/nieuws':
          return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(NEWS));
        case '/oud':
          return void res.writeHead(301, { location: '/' }).end();
        case '/weg':
          return void res.writeHead(404, { 'content-type': 'text/html' }).end('<p>niet gevonden</p>');
        case '/host':
          return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<p id="h">${req.headers.host}</p>`);
        default:
          return void res.writeHead(404).end();
      }
    });
    renderer = await BrowserRenderer.create({
      executablePath: chromiumPath,
      hostMap: HostMap.parse([`*.test=127.0.0.1:${server.port}`]),
      userAgent: 'schoolscan-test/0.1',
      recorder: { record: (exchange, { purpose }) => void records.push({ exchange, purpose }) },
    });
  });

  afterAll(async () => {
    await renderer?.close();
    await server?.close();
  });

  it('renders a page whose text only exists after JavaScript ran, recording what it loaded', async () => {
    records.length = 0;
    const result = await renderer.render(`${server.origin}/`, { siteId: 'regenboog', timeoutMs: 15_000 });
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`${server.origin}/`);
    expect(result.html).toContain('<h1>Nieuws</h1>');
    expect(result.html).toContain('huiswerkinstituut');
    expect(result.subresources.map((e) => new URL(e.url).pathname).sort()).toEqual(['/api/nieuws', '/app.js', '/style.css']);
    const main = records.find((r) => r.purpose === 'page')!;
    expect(main.exchange.url).toBe(`${server.origin}/`);
    expect(Buffer.from(main.exchange.response!.rawBody).toString()).toBe(JS_ONLY_PAGE);
    const api = records.find((r) => r.exchange.url.endsWith('/api/nieuws'))!;
    expect(api.purpose).toBe('subresource');
    expect(JSON.parse(Buffer.from(api.exchange.response!.rawBody).toString())).toEqual(NEWS);
    expect(api.exchange.requestHeaders.find(([name]) => name.toLowerCase() === 'user-agent')?.[1]).toBe('schoolscan-test/0.1');
  });

  it('records a redirect of the main document and ends on the target', async () => {
    records.length = 0;
    const result = await renderer.render(`${server.origin}/oud`, { siteId: 'regenboog' });
    expect(result.finalUrl).toBe(`${server.origin}/`);
    expect(records.filter((r) => r.purpose !== 'subresource').map((r) => [r.purpose, r.exchange.response?.status])).toEqual([
      ['redirect', 301],
      ['page', 200],
    ]);
  });

  it('fails a 404 like the HTTP fetcher does', async () => {
    const error = await renderer.render(`${server.origin}/weg`, { siteId: 'regenboog' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).reason).toBe('http-4xx');
  });

  it('reaches .test hosts through the host map', async () => {
    const result = await renderer.render('http://www.obs-de-regenboog.test/host', { siteId: 'test-web' });
    expect(result.html).toContain('<p id="h">www.obs-de-regenboog.test</p>');
  });

  it('screenshots a passage with a highlight, or the full page when it is absent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schoolscan-shot-'));
    const found = await renderer.screenshotPassage(
      { url: `${server.origin}/`, siteId: 'regenboog' },
      'Ouders kunnen hun kind aanmelden voor bijles via het bureau',
      join(dir, 'passage.png'),
    );
    expect(found).toBe(true);
    const png = await readFile(join(dir, 'passage.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const acrossElements = await renderer.screenshotPassage(
      { html: '<p>Wij werken samen met <b>Lyceo</b>\n   voor huiswerkbegeleiding.</p>' },
      'samen met Lyceo voor huiswerkbegeleiding',
      join(dir, 'inline.png'),
    );
    expect(acrossElements).toBe(true);

    const missing = await renderer.screenshotPassage({ html: '<p>Geen bijles hier.</p>' }, 'Lyceo huiswerkbegeleiding', join(dir, 'full.png'));
    expect(missing).toBe(false);
    expect((await readFile(join(dir, 'full.png'))).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('without a browser', () => {
  it('findBrowser honours SCHOOLSCAN_CHROMIUM and reports a missing one as undefined', () => {
    expect(findBrowser({ SCHOOLSCAN_CHROMIUM: '/nonexistent/chromium' })).toBeUndefined();
    expect(findBrowser({ SCHOOLSCAN_CHROMIUM: process.execPath })).toBe(process.execPath);
  });

  it('BrowserRenderer.create throws no-browser with a clear message', async () => {
    const previous = process.env.SCHOOLSCAN_CHROMIUM;
    process.env.SCHOOLSCAN_CHROMIUM = '/nonexistent/chromium';
    try {
      const failure = await BrowserRenderer.create().catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(FetchError);
      expect(failure).toMatchObject({
        reason: 'no-browser',
        message: 'rendering needed but no Chromium found: apt install chromium or set SCHOOLSCAN_CHROMIUM',
      });
    } finally {
      if (previous === undefined) delete process.env.SCHOOLSCAN_CHROMIUM;
      else process.env.SCHOOLSCAN_CHROMIUM = previous;
    }
  });
});
