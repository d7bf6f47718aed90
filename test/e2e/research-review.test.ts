// The review page in a real browser (Debian's Chromium through playwright-core): label items with the
// keyboard, reload, labels kept; export the labels and import them into a copy; import through the page.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../crawler/src/fetch/find-browser.ts';
import { buildSyntheticCrawl } from '../../crawler/src/research/synthetic-crawl.fixture.ts';
import { runSchoolscan, spawnSchoolscan } from './cli-harness.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

let browser: Browser;
let dir: string;
let server: ReturnType<typeof spawnSchoolscan>;
let url: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findBrowser() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const shotPage = await browser.newPage({ viewport: { width: 480, height: 120 } });
  await shotPage.setContent('<p style="font:20px sans-serif">Wij werken samen met <mark>huiswerkinstituut</mark> De Slimme Uil</p>');
  const screenshot = await shotPage.screenshot();
  await shotPage.close();

  dir = join(mkdtempSync(join(tmpdir(), 'e2e-review-')), 'crawl');
  await buildSyntheticCrawl(dir, { count: 80, seed: 'review', screenshot });
  const drawn = await runSchoolscan(['sample-review', dir, '--n', '8', '--seed', 'e2e']);
  expect(drawn.code, drawn.stderr).toBe(0);
  expect(drawn.stdout).toMatch(/Drew 8 review items/);

  server = spawnSchoolscan(['review', dir]);
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Review page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) resolve(match[1]);
    });
    server.once('close', () => reject(new Error(`review server ended: ${out}`)));
  });
}, 120_000);

afterAll(async () => {
  server?.kill('SIGINT');
  await server?.result;
  await browser?.close();
});

/** Status of a GET with a chosen Host header (fetch may not set Host; node:http may, as a rebinding attacker's browser would). */
function statusWithHost(target: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(target, { headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('error', reject);
  });
}

async function press(page: Page, key: string): Promise<void> {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/labels') && r.status() === 200);
  await page.keyboard.press(key);
  await saved;
}

const labelsOnPage = (page: Page) => page.$$eval('article.item', (items) => items.map((i) => (i as HTMLElement).dataset.label ?? ''));

describe('review page', () => {
  it('is served on 127.0.0.1 only and refuses other Host names and foreign writes', async () => {
    expect(new URL(url).hostname).toBe('127.0.0.1');
    expect(await statusWithHost(url, 'attacker.example')).toBe(421);
    expect(await statusWithHost(url, new URL(url).host)).toBe(200);
    const foreign = await fetch(`${url}api/labels`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://attacker.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${url}api/labels`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'item=x&label=correct' });
    expect(form.status).toBe(415);
  });

  it('labels items with y/n/u, moves with j/k, and keeps the labels over a reload', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('article.item').count()).toBe(8);
    await press(page, 'y'); // item 1: correct, moves to 2
    await press(page, 'n'); // item 2: wrong, moves to 3
    await press(page, 'u'); // item 3: unsure, moves to 4
    await page.keyboard.press('j'); // skip item 4
    await press(page, 'y'); // item 5: correct
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await page.keyboard.press('k'); // back on item 3
    await press(page, 'n'); // item 3: unsure → wrong
    expect(await labelsOnPage(page)).toEqual(['correct', 'wrong', 'wrong', '', 'correct', '', '', '']);

    await page.reload();
    expect(await labelsOnPage(page)).toEqual(['correct', 'wrong', 'wrong', '', 'correct', '', '', '']);
    await expect.poll(() => page.locator('#progress').textContent()).toBe('4 van 8 beoordeeld');
    // After the reload the first unlabelled item has the focus.
    expect(await page.$eval('article.item.current', (e) => e.id)).toBe('item-3');
    await page.close();
  });

  it('shows the passages with the trigger marked, their reasons, links and screenshots', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const withFinding = page.locator('article.item .finding.likely').first();
    await expect.poll(() => withFinding.count()).toBe(1);
    expect(await withFinding.locator('blockquote mark').count()).toBe(1);
    expect(await withFinding.locator('ul.reasons li').count()).toBeGreaterThan(0);
    expect(await withFinding.locator('a[href^="https://school-"]').count()).toBe(1);
    const img = withFinding.locator('img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBe(480);
    await page.close();
  });

  it('exports the labels as CSV and imports them into a copy of the crawl folder unchanged', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const exported = await (await page.request.get(`${url}export.csv`)).text();
    expect(exported.split('\n')[0]).toBe('item,category,flagged,code,name,place,siteId,website,label,labelledAt');
    const file = join(dir, '..', 'labels.csv');
    const viaCli = await runSchoolscan(['review', dir, '--export', file]);
    expect(viaCli.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(exported);

    const copy = join(dir, '..', 'copy');
    cpSync(dir, copy, { recursive: true });
    rmSync(join(copy, 'review', 'labels.jsonl'));
    const imported = await runSchoolscan(['review', copy, '--import', file]);
    expect(imported.stdout).toMatch(/4 label\(s\) imported, 4 blank/);
    const again = await runSchoolscan(['review', copy, '--export', join(copy, 'again.csv')]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(copy, 'again.csv'), 'utf8')).toBe(exported);
    await page.close();
  });

  it('imports an edited CSV through the page', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const exported = await (await page.request.get(`${url}export.csv`)).text();
    const firstItem = await page.$eval('article.item', (e) => (e as HTMLElement).dataset.item!);
    const edited = exported.replace(new RegExp(`^(${firstItem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},.*),correct,`, 'm'), '$1,unsure,');
    expect(edited).not.toBe(exported);
    const reloaded = page.waitForEvent('load');
    await page.setInputFiles('#import', { name: 'labels.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await reloaded;
    expect((await labelsOnPage(page))[0]).toBe('unsure');
    await page.close();
  });
});
