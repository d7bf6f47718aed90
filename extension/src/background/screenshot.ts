// A screenshot of the visible part of a tab for the report; only possible while the tab is showing.
import { browser } from '../shared/browser.ts';
import { saveScreenshot } from './session-state.ts';

export async function captureTab(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.windowId === undefined) return false;
    // JPEG keeps a screenshot small enough for storage.session's quota; text stays legible at 85.
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 85 });
    await saveScreenshot(tabId, { dataUrl, url: tab.url ?? '', capturedAt: new Date().toISOString() });
    return true;
  } catch {
    return false;
  }
}
