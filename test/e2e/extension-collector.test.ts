// The content script's collector, run in a real browser page (no extension): which text becomes a
// block, how offsets map back to DOM ranges, how locators find blocks again, how changes are batched.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import type { RollupOutput } from 'rollup';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../extension/testing/extension-browser.ts';
import type { CollectorProbe } from '../../extension/testing/collector-probe.ts';
import { FIXTURE_DIR } from '../../extension/testing/fixture-server.ts';

let browser: Browser;
let page: Page;
let probeCode: string;
const fixture = readFileSync(`${FIXTURE_DIR}collector.html`, 'utf8');

function callProbe<K extends keyof CollectorProbe>(name: K, ...args: Parameters<CollectorProbe[K]>): Promise<Awaited<ReturnType<CollectorProbe[K]>>> {
  return page.evaluate(
    ([method, params]) => (window as any).schoolscanProbe[method](...params),
    [name, args] as const,
  );
}

beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      outDir: mkdtempSync(join(tmpdir(), 'schoolscan-probe-')),
      rollupOptions: {
        input: new URL('../../extension/testing/collector-probe.ts', import.meta.url).pathname,
        output: { format: 'iife', inlineDynamicImports: true },
      },
    },
  })) as RollupOutput;
  probeCode = output.output[0].code;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await page.setContent(fixture);
  await page.addScriptTag({ content: probeCode });
});

describe('block survey', () => {
  it('reads visible blocks with clean text and skips navigation, scripts and hidden text', async () => {
    const blocks = await callProbe('survey');
    const byId = Object.fromEntries(blocks.filter((block) => block.elementId).map((block) => [block.elementId, block]));
    expect(byId.heading).toMatchObject({ text: 'Kosten en bijdragen', kind: 'heading', headingLevel: 2 });
    expect(byId.inline.text).toBe('De ouderbijdrage is niet verplicht.');
    expect(byId.breaks.text).toBe('Eerste regel tweede regel');
    expect(byId.mixed.text).toBe('Tekst in de div en meer tekst');
    expect(byId.nested.text).toBe('Eigen alinea');
    expect(byId.item.kind).toBe('list-item');
    expect(byId.cell.kind).toBe('table-cell');
    expect(byId.contents.text).toBe('In een display contents sectie');
    expect(byId['with-hidden-span'].text).toBe('Zichtbaar deel');
    for (const id of ['in-nav', 'hidden-attr', 'display-none', 'invisible', 'tiny']) expect(byId[id]).toBeUndefined();
    expect(blocks.some((block) => block.text.includes('script wordt overgeslagen'))).toBe(false);
  });

  it('gives every block a locator that finds its element again', async () => {
    const blocks = await callProbe('survey');
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) expect(block.locatorFindsElement, block.locator).toBe(true);
    expect(blocks.find((block) => block.elementId === 'inline')?.locator).toBe('#inline');
    expect(blocks.find((block) => block.text === 'Tweede zonder id')?.locator).toMatch(/p:nth-of-type\(2\)$/);
  });

  it('cuts a very long block into pieces that add up to its text', async () => {
    const sentence = 'De school organiseert elke week een gratis huiswerkklas. ';
    await page.evaluate((text) => { document.getElementById('long')!.textContent = text.repeat(600); }, sentence);
    const pieces = (await callProbe('survey')).filter((block) => block.elementId === 'long');
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((piece) => piece.text).join('')).toBe(sentence.repeat(600).trim());
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(8000);
    expect(pieces[1].pieceStart).toBe(pieces[0].text.length);
  });

  it('works in slices of a bounded number of elements', async () => {
    await page.evaluate(() => {
      const main = document.getElementById('main')!;
      for (let i = 0; i < 3000; i++) main.append(Object.assign(document.createElement('p'), { textContent: `Alinea ${i}` }));
    });
    const slices = await callProbe('sliceSizes');
    expect(slices.length).toBeGreaterThan(9);
    expect(Math.max(...slices)).toBeLessThanOrEqual(300);
    expect(slices.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(3000);
  });
});

describe('offsets back to ranges', () => {
  it('maps clean-text offsets over inline elements, line breaks and collapsed whitespace', async () => {
    const rangeOf = async (words: string) => (await callProbe('rangeTexts', words))[0]?.range;
    expect(await rangeOf('ouderbijdrage is niet')).toBe('ouderbijdrage is niet'); // across <strong> and <em>
    expect(await rangeOf('niet verplicht')).toBe('niet\u00a0verplicht'); // a no-break space in the page
    expect(await rangeOf('regel tweede')).toBe('regeltweede'); // the <br> stands for the space
    expect((await rangeOf('Kosten en bijdragen'))?.replace(/\s+/g, ' ')).toBe('Kosten en bijdragen'); // collapsed whitespace
  });
});

describe('block registry', () => {
  it('replaces a changed block and reports a text gone when its element leaves', async () => {
    const result = await callProbe('registryLifecycle', 'nested', 'Een andere alinea');
    expect(result).toMatchObject({ removedOnChange: 1, addedOnChange: 1 });
    expect(result.goneOnRemoval).toHaveLength(1);
  });
});

describe('change queue', () => {
  it('batches many changes, ignores our own element, and plans re-reads and surveys', async () => {
    await callProbe('startWatching', 200);
    await page.evaluate(() => {
      const main = document.getElementById('main')!;
      for (let i = 0; i < 3; i++) main.append(Object.assign(document.createElement('p'), { id: `new-${i}`, textContent: `Nieuw ${i}` }));
      document.getElementById('inline')!.append(' Extra woorden.');
      (document.getElementById('cell')!.firstChild as Text).data = 'Gewijzigde cel';
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const batches = await callProbe('stopWatching');
    expect(batches).toHaveLength(1);
    expect(batches[0].added).toEqual(['new-0', 'new-1', 'new-2']);
    expect(batches[0].reread).toEqual(expect.arrayContaining(['main', 'inline', 'cell']));
    expect(batches[0].reread).not.toContain('html');
  });

  it('sends nothing when only our own element came and went', async () => {
    await callProbe('startWatching', 100);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await callProbe('stopWatching')).toEqual([]);
  });
});
