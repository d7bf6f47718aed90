// What the background does for each message from the extension's own pages (popup, report).
import { TOOL_VERSION } from '../../../shared/src/version.ts';
import { browser } from '../shared/browser.ts';
import type { UiMessages, UiMessageType, UiReplies } from '../shared/messages.ts';
import { sendToTab } from '../shared/messaging.ts';
import type { ReportData, TabView } from '../shared/types.ts';
import { disableAutoScan, enableAutoScan, isAutoScanned } from './auto-scan.ts';
import { ensureContentScript, switchContentScript } from './injector.ts';
import { captureTab } from './screenshot.ts';
import { getScreenshot, getSite, getTab, originOf, updateTab } from './session-state.ts';

async function pageUrlOf(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  return /^https?:/.test(url) ? url : null;
}

async function viewOf(tabId: number): Promise<TabView> {
  const tab = (await getTab(tabId)) ?? null;
  const site = tab ? ((await getSite(tab.origin)) ?? null) : null;
  const page = tab && site ? (site.pages[tab.url] ?? null) : null;
  const autoScan = tab ? await isAutoScanned(tab.origin) : false;
  return { tab, page, site, autoScan };
}

async function setEnabled(tabId: number, enabled: boolean): Promise<TabView> {
  const url = await pageUrlOf(tabId);
  if (!url) return viewOf(tabId);
  await updateTab(tabId, url, (tab) => ({ ...tab, enabled, switchedOff: !enabled, noAccess: false }));
  if (!enabled) await switchContentScript(tabId, false);
  else if (!(await ensureContentScript(tabId))) await updateTab(tabId, url, (tab) => ({ ...tab, noAccess: true }));
  return viewOf(tabId);
}

type Handlers = { [K in UiMessageType]: (payload: UiMessages[K]) => Promise<UiReplies[K]> };

export const uiHandlers: Handlers = {
  /** Opening the popup is a request to scan, unless the user switched this very page off. */
  async 'ui/activate'({ tabId }) {
    const known = await getTab(tabId);
    const url = await pageUrlOf(tabId);
    if (known?.switchedOff && known.url === url) return viewOf(tabId);
    return setEnabled(tabId, true);
  },
  'ui/get-state': ({ tabId }) => viewOf(tabId),
  'ui/set-enabled': ({ tabId, enabled }) => setEnabled(tabId, enabled),

  async 'ui/jump'({ tabId, findingId }) {
    try {
      return await sendToTab(tabId, 'tab/jump', { findingId });
    } catch {
      return { found: false };
    }
  },

  async 'ui/prepare-report'({ tabId }) {
    return { screenshot: await captureTab(tabId) };
  },

  async 'ui/get-report'({ tabId }): Promise<ReportData | null> {
    const tab = await getTab(tabId);
    const site = tab ? await getSite(tab.origin) : undefined;
    if (!site) return null;
    const pages = Object.values(site.pages).sort((a, b) => a.firstScanAt.localeCompare(b.firstScanAt));
    const screenshot = (await getScreenshot(tabId)) ?? null;
    return { site, pages, generatedAt: new Date().toISOString(), toolVersion: TOOL_VERSION, screenshot };
  },

  async 'ui/set-auto-scan'({ tabId, enabled }) {
    const url = await pageUrlOf(tabId);
    if (!url) return viewOf(tabId);
    if (enabled && (await enableAutoScan(originOf(url)))) return setEnabled(tabId, true);
    if (!enabled) await disableAutoScan(originOf(url));
    return viewOf(tabId);
  },
};
