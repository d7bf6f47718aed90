// The background's state: tabs, per-site sessions and screenshots in storage.session (gone when the
// browser closes), the auto-scan origins and settings in storage.local. The worker may stop at any
// moment, so nothing lives only in memory.
import { browser } from '../shared/browser.ts';
import { type DrawerMode, type PageFinding, type PageRecord, type Screenshot, type SiteSession, type TabState } from '../shared/types.ts';
import { KeyedStore } from './keyed-store.ts';

const session = new KeyedStore(browser.storage.session);
const local = new KeyedStore(browser.storage.local);

const tabKey = (tabId: number) => `tab:${tabId}`;
const siteKey = (origin: string) => `site:${origin}`;
const shotKey = (tabId: number) => `shot:${tabId}`;

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

export function getTab(tabId: number): Promise<TabState | undefined> {
  return session.get<TabState>(tabKey(tabId));
}

export function updateTab(tabId: number, url: string, change: (tab: TabState) => TabState): Promise<TabState | undefined> {
  return session.update<TabState>(tabKey(tabId), (current) => {
    const base: TabState = current ?? { tabId, url, origin: originOf(url), enabled: false };
    return change({ ...base, url, origin: originOf(url) });
  });
}

export async function forgetTab(tabId: number): Promise<void> {
  await session.remove(tabKey(tabId));
  await session.remove(shotKey(tabId));
}

export function getSite(origin: string): Promise<SiteSession | undefined> {
  return session.get<SiteSession>(siteKey(origin));
}

function emptyPage(url: string, title: string, now: string): PageRecord {
  return { url, title, firstScanAt: now, lastScanAt: now, findingsByBlock: {} };
}

/** Changes one page's record inside its site's session, creating both when new. */
export function updatePage(pageUrl: string, title: string, change: (page: PageRecord) => PageRecord, siteName?: string): Promise<SiteSession | undefined> {
  const origin = originOf(pageUrl);
  const now = new Date().toISOString();
  return session.update<SiteSession>(siteKey(origin), (current) => {
    const site: SiteSession = current ?? { origin, siteName: siteName || new URL(pageUrl).hostname, pages: {} };
    const page = site.pages[pageUrl] ?? emptyPage(pageUrl, title, now);
    const changed = change({ ...page, title: title || page.title, lastScanAt: now });
    return { ...site, siteName: siteName || site.siteName, pages: { ...site.pages, [pageUrl]: changed } };
  });
}

export function storeFindings(pageUrl: string, title: string, byBlock: Record<string, PageFinding[]>): Promise<SiteSession | undefined> {
  return updatePage(pageUrl, title, (page) => ({ ...page, findingsByBlock: { ...page.findingsByBlock, ...byBlock } }));
}

export function dropBlocks(pageUrl: string, hashes: readonly string[]): Promise<SiteSession | undefined> {
  return updatePage(pageUrl, '', (page) => {
    const findingsByBlock = { ...page.findingsByBlock };
    for (const hash of hashes) delete findingsByBlock[hash];
    return { ...page, findingsByBlock };
  });
}

export async function saveScreenshot(tabId: number, shot: Screenshot): Promise<void> {
  await session.update<Screenshot>(shotKey(tabId), () => shot);
}

export function getScreenshot(tabId: number): Promise<Screenshot | undefined> {
  return session.get<Screenshot>(shotKey(tabId));
}

export async function autoScanOrigins(): Promise<string[]> {
  return (await local.get<string[]>('autoScanOrigins')) ?? [];
}

export function setAutoScanOrigin(origin: string, enabled: boolean): Promise<string[] | undefined> {
  return local.update<string[]>('autoScanOrigins', (current = []) => {
    const others = current.filter((entry) => entry !== origin);
    return enabled ? [...others, origin] : others;
  });
}

/** `overlay` forces the fallback drawer (for testing it on browsers that have the Highlight API). */
export async function drawerMode(): Promise<DrawerMode> {
  return (await local.get<DrawerMode>('drawerMode')) ?? 'auto';
}
