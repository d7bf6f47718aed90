// What the background does for each (already checked) message from a content script.
import { browser } from '../shared/browser.ts';
import type { ContentMessageType, ContentPayload, ContentReplies } from '../shared/messages.ts';
import type { PageFinding } from '../shared/types.ts';
import { highlightCss } from '../content/highlight/mark-style.ts';
import { isAutoScanned } from './auto-scan.ts';
import { classifyBlocks } from './classify-blocks.ts';
import { classifierLang } from './lang.ts';
import { dropBlocks, drawerMode, getTab, originOf, storeFindings, updatePage, updateTab } from './session-state.ts';

type Handlers = { [K in ContentMessageType]: (payload: ContentPayload<K>, tabId: number) => Promise<ContentReplies[K]> };

export const contentHandlers: Handlers = {
  async 'content/hello'({ pageUrl, title, siteName }, tabId) {
    const known = await getTab(tabId);
    const sameSite = known !== undefined && known.origin === originOf(pageUrl);
    const enabled = sameSite ? known.enabled : await isAutoScanned(originOf(pageUrl));
    await updateTab(tabId, pageUrl, (tab) => ({ ...tab, enabled, progress: undefined, classifyMs: 0 }));
    // A content script says hello when it starts a scan from scratch: the page's old findings go.
    if (enabled) await updatePage(pageUrl, title, (page) => ({ ...page, findingsByBlock: {} }), siteName);
    return { enabled, drawer: await drawerMode() };
  },

  async 'content/classify'({ pageUrl, title, blocks }, tabId) {
    const started = performance.now();
    const findings = classifyBlocks({ pageUrl, title, blocks, lang: classifierLang() });
    const spent = performance.now() - started;
    await updateTab(tabId, pageUrl, (tab) => ({ ...tab, classifyMs: Math.round((tab.classifyMs ?? 0) + spent) }));
    const byBlock: Record<string, PageFinding[]> = {};
    for (const finding of findings) (byBlock[finding.blockHash] ??= []).push(finding);
    if (findings.length > 0) await storeFindings(pageUrl, title, byBlock);
    return { findings };
  },

  async 'content/blocks-gone'({ pageUrl, hashes }) {
    await dropBlocks(pageUrl, hashes);
  },

  async 'content/progress'(progress, tabId) {
    await updateTab(tabId, progress.pageUrl, (tab) => ({ ...tab, progress }));
  },

  async 'content/style-highlights'({ on }, tabId) {
    const injection = { target: { tabId, allFrames: true }, css: highlightCss() };
    if (on) await browser.scripting.insertCSS(injection);
    else await browser.scripting.removeCSS(injection);
  },

  async 'content/open-guideline'({ section }) {
    const url = browser.runtime.getURL('ui/guideline/index.html') + (section ? `#${section}` : '');
    await browser.tabs.create({ url });
  },
};
