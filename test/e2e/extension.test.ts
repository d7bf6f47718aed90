// End to end: Debian's Chromium, headless, with the unpacked Chrome build loaded, on fixture pages
// served from 127.0.0.1. Every non-loopback request goes to a proxy that only takes notes.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from '../../extension/testing/extension-browser.ts';
import { type FixtureServer, startFixtureServer } from '../../extension/testing/fixture-server.ts';
import { type LoggingProxy, startLoggingProxy } from '../../extension/testing/logging-proxy.ts';
import { highlightsIn, probeShadowUi, textRect } from '../../extension/testing/page-probes.ts';
import { prepareTestBuild } from '../../extension/testing/test-build.ts';
import { pageFindings, type PageFinding, type TabView } from '../../extension/src/shared/types.ts';

const TUTORING = 'Wij werken samen met huiswerkinstituut Studiekring; leerlingen van onze school krijgen 10% korting op bijles en huiswerkbegeleiding.';
const CONTRIBUTION = 'De ouderbijdrage van € 50 is verplicht en dient voor 1 oktober te worden voldaan.';
const FRAME_TUTORING = 'Examentraining bij bureau Lyceo kost € 295 per maand; meld u aan via de school.';
const CLEAN = [
  'De ouderbijdrage is vrijwillig; niemand wordt uitgesloten van een activiteit als u niet betaalt.',
  'Onze eigen docenten geven elke middag een gratis huiswerkklas op school, voor alle leerlingen.',
  'Het Zonnedal College werkt niet samen met commerciële bureaus.',
  'De ouderbijdrage is niet verplicht; u hoeft geen reden op te geven.',
  'Wij werken niet samen met huiswerkinstituten of bijlesbureaus.',
  'Verborgen: de excursie is verplicht en kost € 80.',
  'Bijles en huiswerkbegeleiding verplicht',
];

let server: FixtureServer;
let proxy: LoggingProxy;
let browser: ExtensionBrowser;
const requested: string[] = [];
let pageCounter = 0;

async function openFixture(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}?visit=${++pageCounter}`);
  return page;
}

const findingsIn = (view: TabView): PageFinding[] => (view.page ? pageFindings(view.page) : []);
const hasFinding = (view: TabView, text: string) => findingsIn(view).some((finding) => finding.text.includes(text));
const outerHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** The background colour our ::highlight() rule gives an element's text, as the page computes it. */
function highlightBackground(page: Page, elementId: string, name: string): Promise<string> {
  return page.evaluate(([id, highlight]) => getComputedStyle(document.getElementById(id)!, `::highlight(${highlight})`).backgroundColor, [elementId, name]);
}

async function markedTexts(page: Page): Promise<{ name: string; text: string }[]> {
  const result: { name: string; text: string }[] = [];
  for (const frame of page.frames()) {
    for (const [name, texts] of Object.entries(await highlightsIn(frame))) for (const text of texts) result.push({ name, text });
  }
  return result;
}

async function scanned(page: Page, until: (view: TabView) => boolean) {
  const { tabId, popup } = await browser.clickAction(page);
  const view = await browser.waitForScan(tabId, until);
  return { tabId, popup, view };
}

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  const build = await prepareTestBuild();
  server = await startFixtureServer();
  proxy = await startLoggingProxy();
  browser = await ExtensionBrowser.launch(build.chromeDir, { proxyPort: proxy.port });
  browser.context.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

describe('schoolscan extension in Chromium', () => {
  it('marks planted violations in both colours, lists them, and leaves clean look-alikes alone', async () => {
    const page = await openFixture('/school.html');
    const { popup, view } = await scanned(page, (v) => [TUTORING, CONTRIBUTION, FRAME_TUTORING].every((text) => hasFinding(v, text)));
    const marks = await markedTexts(page);
    expect(marks.find((mark) => mark.text === TUTORING)?.name).toMatch(/^schoolscan-tutoring-(likely|review)$/);
    expect(marks.find((mark) => mark.text === CONTRIBUTION)?.name).toMatch(/^schoolscan-contribution-(likely|review)$/);
    expect(marks.find((mark) => mark.text === FRAME_TUTORING)?.name).toMatch(/^schoolscan-tutoring-/);
    for (const clean of CLEAN) expect(marks.filter((mark) => mark.text.includes(clean))).toEqual([]);
    for (const clean of CLEAN) expect(findingsIn(view).filter((finding) => finding.text.includes(clean))).toEqual([]);
    expect(view.tab?.progress?.drawer).toBe('highlight-api');
    const contributionName = marks.find((mark) => mark.text === CONTRIBUTION)!.name;
    expect(await highlightBackground(page, 'violation-contribution', contributionName)).toMatch(/^rgba\(147, 51, 234, 0\.\d+\)$/);
    const tutoringName = marks.find((mark) => mark.text === TUTORING)!.name;
    expect(await highlightBackground(page, 'violation-tutoring', tutoringName)).toMatch(/^rgba\(234, 138, 0, 0\.\d+\)$/);

    const listed = await waitFor(() => popup.locator('#page-findings').innerText(), (text) => text.includes('Studiekring') && text.includes('€ 50'));
    expect(listed).toContain(await browser.message('categoryCommercialTutoring'));
    expect(listed).toContain(await browser.message('categoryMandatoryContribution'));
    expect(await page.evaluate(() => document.documentElement.dataset.pageScript)).toBe('ran');
    await popup.close();
    await page.close();
  });

  it('explains a mark on hover, pins it on click, closes it with Escape, and jumps from the panel', async () => {
    const page = await openFixture('/school.html');
    const { tabId, view } = await scanned(page, (v) => hasFinding(v, TUTORING) && hasFinding(v, CONTRIBUTION));
    const rect = await textRect(page, 'huiswerkinstituut Studiekring');
    expect(rect).not.toBeNull();
    await page.mouse.move(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    const hover = await waitFor(() => probeShadowUi(page), (probe) => probe.tooltipText !== null);
    expect(hover.mode).toBe('closed');
    expect(hover.tooltipText).toContain(await browser.message('categoryCommercialTutoring'));
    expect(hover.tooltipText).toMatch(/score \d[.,]\d\d/);
    expect(hover.tooltipText).toContain('huiswerkinstituut Studiekring');
    expect(hover.tooltipText).toContain(await browser.message('reasonsTitle'));
    expect(hover.tooltipText).toContain(await browser.message('readGuideline'));
    const tutoring = findingsIn(view).find((finding) => finding.text === TUTORING)!;
    expect(hover.tooltipText).toContain(tutoring.reasons[0]);

    await page.mouse.click(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    await page.mouse.move(5, 5);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await probeShadowUi(page)).tooltipText).not.toBeNull(); // pinned: stays after the pointer leaves
    await page.keyboard.press('Escape');
    await waitFor(() => probeShadowUi(page), (probe) => probe.tooltipText === null);

    const contribution = findingsIn(view).find((finding) => finding.text === CONTRIBUTION)!;
    expect(await browser.send('ui/jump', { tabId, findingId: contribution.id })).toEqual({ found: true });
    const jumped = await waitFor(() => probeShadowUi(page), (probe) => probe.tooltipText !== null);
    expect(jumped.tooltipText).toContain(await browser.message('categoryMandatoryContribution'));
    await page.close();
  });

  it('switches off without a trace: the page DOM is exactly as before, and switches on again', async () => {
    const page = await openFixture('/school.html');
    const before = await outerHtml(page);
    const { tabId, popup } = await scanned(page, (v) => hasFinding(v, CONTRIBUTION));
    await browser.send('ui/jump', { tabId, findingId: findingsIn(await browser.send('ui/get-state', { tabId }))[0].id });
    await waitFor(() => probeShadowUi(page), (probe) => probe.tooltipText !== null);
    expect(await outerHtml(page)).not.toBe(before); // our host is in while switched on

    await browser.send('ui/set-enabled', { tabId, enabled: false });
    await waitFor(() => markedTexts(page), (marks) => marks.length === 0);
    expect(await outerHtml(page)).toBe(before);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    for (const frame of page.frames()) expect(await frame.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    // Opening the popup again does not undo the user's choice for this page; the switch does.
    await browser.send('ui/activate', { tabId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await markedTexts(page)).toEqual([]);
    await browser.send('ui/set-enabled', { tabId, enabled: true });
    await waitFor(() => markedTexts(page), (marks) => marks.some((mark) => mark.text === CONTRIBUTION));
    await popup.close();
    await page.close();
  });

  it('scans text added after load, and forgets a finding whose text is removed', async () => {
    const page = await openFixture('/school.html');
    const { tabId } = await scanned(page, (v) => hasFinding(v, CONTRIBUTION));
    const added = 'Leerlingen kunnen zich aanmelden bij Bijlesnetwerk; voor onze leerlingen geldt een korting van 15% op bijles.';
    await page.evaluate((text) => {
      const paragraph = document.createElement('p');
      paragraph.id = 'added-later';
      paragraph.textContent = text;
      document.querySelector('main')!.append(paragraph);
    }, added);
    await browser.waitForScan(tabId, (v) => hasFinding(v, added));
    await waitFor(() => markedTexts(page), (marks) => marks.some((mark) => mark.text === added));

    await page.evaluate(() => document.getElementById('added-later')!.remove());
    await browser.waitForScan(tabId, (v) => !hasFinding(v, added));
    await page.close();
  });

  it('works on a page with hostile CSS and a strict Content-Security-Policy', async () => {
    const page = await openFixture('/hostile.html');
    await page.evaluate(() => {
      (window as any).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => (window as any).cspViolations.push(event.violatedDirective));
    });
    const before = await outerHtml(page);
    const { tabId, popup, view } = await scanned(page, (v) => hasFinding(v, CONTRIBUTION));
    const marks = await markedTexts(page);
    expect(marks.some((mark) => mark.text === CONTRIBUTION)).toBe(true);
    expect(marks.some((mark) => mark.text.includes('niemand wordt uitgesloten'))).toBe(false);
    const name = marks.find((mark) => mark.text === CONTRIBUTION)!.name;
    expect(await highlightBackground(page, 'hostile-violation', name)).toMatch(/^rgba\(147, 51, 234, 0\.\d+\)$/);

    const finding = findingsIn(view).find((entry) => entry.text === CONTRIBUTION)!;
    await browser.send('ui/jump', { tabId, findingId: finding.id });
    const probe = await waitFor(() => probeShadowUi(page), (value) => value.tooltipCentre !== null);
    expect(probe.tooltipText).toContain(await browser.message('categoryMandatoryContribution'));
    const { x, y } = probe.tooltipCentre!;
    // The tooltip is on top of the page's full-screen cover with the highest z-index.
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.localName, [x, y])).toBe('schoolscan-ui');
    expect(await page.evaluate(() => (window as any).cspViolations)).toEqual([]);

    await browser.send('ui/set-enabled', { tabId, enabled: false });
    await waitFor(() => markedTexts(page), (list) => list.length === 0);
    expect(await outerHtml(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('draws with the overlay fallback where the Highlight API is not used, and cleans it up', async () => {
    await browser.setLocal({ drawerMode: 'overlay' });
    try {
      const page = await openFixture('/school.html');
      const before = await outerHtml(page);
      const { tabId, popup, view } = await scanned(page, (v) => hasFinding(v, CONTRIBUTION));
      expect(view.tab?.progress?.drawer).toBe('overlay');
      expect(await markedTexts(page)).toEqual([]);
      const probe = await waitFor(() => probeShadowUi(page), (value) => value.overlayBoxes > 0);
      expect(probe.mode).toBe('closed');
      await browser.send('ui/set-enabled', { tabId, enabled: false });
      await waitFor(() => probeShadowUi(page), (value) => value.mode === null);
      expect(await outerHtml(page)).toBe(before);
      await popup.close();
      await page.close();
    } finally {
      await browser.setLocal({ drawerMode: 'auto' });
    }
  });

  it('exports JSON, CSV and a printable HTML report with screenshot and melding that contain the findings', async () => {
    const page = await openFixture('/school.html');
    const { tabId, popup } = await scanned(page, (v) => hasFinding(v, TUTORING) && hasFinding(v, CONTRIBUTION));
    await popup.close();
    await page.bringToFront();
    expect(await browser.send('ui/prepare-report', { tabId })).toEqual({ screenshot: true });

    const report = await browser.context.newPage();
    await report.goto(browser.extensionUrl(`ui/report/index.html?tab=${tabId}`));
    await report.waitForSelector('body[data-ready="true"]');
    const read = async (button: string) => {
      const [download] = await Promise.all([report.waitForEvent('download'), report.click(button)]);
      return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
    };

    const json = await read('#download-json');
    expect(json.name).toMatch(/^schoolscan-127\.0\.0\.1-\d{4}-\d\d-\d\d\.json$/);
    const parsed = JSON.parse(json.text);
    expect(parsed.site.name).toBe('Het Zonnedal College');
    const exported = parsed.findings.map((finding: { text: string }) => finding.text);
    expect(exported).toEqual(expect.arrayContaining([TUTORING, CONTRIBUTION, FRAME_TUTORING]));
    const contribution = parsed.findings.find((finding: { text: string }) => finding.text === CONTRIBUTION);
    expect(contribution.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: CONTRIBUTION });
    expect(contribution.url).toContain('/school.html');

    const csv = await read('#download-csv');
    expect(csv.text).toContain('Studiekring');
    expect(csv.text).toContain('mandatory-contribution');

    const html = await read('#download-html');
    expect(html.text).toContain('Het Zonnedal College');
    expect(html.text).toContain('<mark>');
    expect(html.text).toMatch(/src="data:image\/(png|jpeg);base64,/);
    expect(html.text).toContain('Geachte heer, mevrouw');

    const melding = await report.locator('#melding').inputValue();
    expect(melding).toContain(CONTRIBUTION);
    expect(melding).toContain(`${server.origin}/school.html`);
    expect(melding).toContain('Het Zonnedal College');
    expect(await report.locator('#findings tbody tr').count()).toBeGreaterThanOrEqual(3);
    await report.close();
    await page.close();
  });

  it('keeps the pages of this site visited in this session', async () => {
    const page = await openFixture('/hostile.html');
    const { tabId, popup } = await scanned(page, (v) => hasFinding(v, CONTRIBUTION));
    const view = await browser.send('ui/get-state', { tabId });
    const urls = Object.keys(view.site?.pages ?? {});
    expect(urls.some((url) => url.includes('/school.html'))).toBe(true);
    expect(urls.some((url) => url.includes('/hostile.html'))).toBe(true);
    const others = await waitFor(() => popup.locator('#other-pages li').count(), (count) => count > 0);
    expect(others).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('scans an opted-in site automatically, and stops when the user opts out', async () => {
    const first = await openFixture('/school.html');
    const tabId = await browser.tabIdOf(first);
    const view = await browser.send('ui/set-auto-scan', { tabId, enabled: true });
    expect(view.autoScan).toBe(true);

    const next = await openFixture('/school.html');
    const nextTab = await browser.tabIdOf(next);
    await browser.waitForScan(nextTab, (v) => hasFinding(v, CONTRIBUTION)); // no click on this tab
    await waitFor(() => markedTexts(next), (marks) => marks.some((mark) => mark.text === CONTRIBUTION));

    expect((await browser.send('ui/set-auto-scan', { tabId, enabled: false })).autoScan).toBe(false);
    const last = await openFixture('/school.html');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await markedTexts(last)).toEqual([]);
    for (const page of [first, next, last]) await page.close();
  });

  it('made no network request beyond the local fixture pages', () => {
    expect(proxy.attempts).toEqual([]);
    const foreign = requested.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(chrome-extension|data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(server.requests.every((path) => /^\/(school|frame|hostile)\.(html|css|js)|^\/favicon\.ico/.test(path))).toBe(true);
  });
});
