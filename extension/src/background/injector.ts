// Puts the content script into a tab's top frame, once. Only ever called after the user asked:
// a click on the toolbar button (activeTab) or an origin they opted in to scan automatically.
import { browser } from '../shared/browser.ts';
import { sendToTab } from '../shared/messaging.ts';

export const CONTENT_SCRIPT_FILE = 'content.js';

async function isInjected(tabId: number): Promise<boolean> {
  try {
    const reply = await sendToTab(tabId, 'tab/ping', {});
    return reply?.alive === true;
  } catch {
    return false;
  }
}

/** Injects the content script, or tells a running one to switch on. Returns false without access. */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  if (await isInjected(tabId)) {
    await sendToTab(tabId, 'tab/set-enabled', { enabled: true });
    return true;
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    return false; // no permission for this page (e.g. a browser page, or activeTab expired)
  }
}

export async function switchContentScript(tabId: number, enabled: boolean): Promise<void> {
  if (enabled) {
    await ensureContentScript(tabId);
    return;
  }
  try {
    await sendToTab(tabId, 'tab/set-enabled', { enabled: false });
  } catch {
    // nothing injected: nothing to switch off
  }
}
