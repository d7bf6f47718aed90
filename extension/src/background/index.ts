// Background entry (Chrome service worker, Firefox background script). It owns the state, runs the
// classifier on blocks the content script sends, and never touches the network.
import { browser } from '../shared/browser.ts';
import { watchPermissionRemovals } from './auto-scan.ts';
import { ensureContentScript } from './injector.ts';
import { listenForMessages } from './message-router.ts';
import { forgetTab, getTab, originOf } from './session-state.ts';

listenForMessages();
watchPermissionRemovals();

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// While the user has switched schoolscan on in a tab, follow them to other pages of the same site
// (the injection simply fails where the browser gives no access).
browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
  if (change.status !== 'complete' || !tab.url) return;
  const state = await getTab(tabId);
  if (state?.enabled && state.origin === originOf(tab.url)) await ensureContentScript(tabId);
});
