// The build as shipped (no test grants): it holds only activeTab, scripting and storage, registers
// no content script, and touches no page until the user clicks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from '../../extension/testing/extension-browser.ts';
import { type FixtureServer, startFixtureServer } from '../../extension/testing/fixture-server.ts';
import { highlightsIn } from '../../extension/testing/page-probes.ts';
import { prepareTestBuild } from '../../extension/testing/test-build.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const build = await prepareTestBuild();
  server = await startFixtureServer();
  browser = await ExtensionBrowser.launch(build.shippedChromeDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the shipped Chrome build', () => {
  it('asks for no host and registers no content script', async () => {
    const granted = await browser.callApi<{ origins?: string[]; permissions?: string[] }>('permissions.getAll');
    expect(granted.origins ?? []).toEqual([]);
    expect([...(granted.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(await browser.callApi('scripting.getRegisteredContentScripts')).toEqual([]);
  });

  it('leaves a page untouched without the click that grants access', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/school.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.bringToFront();
    // Without a host permission the extension cannot even read the tab's address; it is the active one.
    const [active] = await browser.callApi<{ id: number; url?: string }[]>('tabs.query', { active: true, lastFocusedWindow: true });
    const tabId = active.id;
    expect(active.url).toBeUndefined();
    // Without the toolbar click there is no activeTab grant: the background cannot inject.
    await browser.send('ui/activate', { tabId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(Object.values(await highlightsIn(page)).flat()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect((await browser.send('ui/get-state', { tabId })).tab?.progress).toBeUndefined();
  });
});
