// A screenshot of the visible part of a tab for the report; only possible while the tab is showing.
import { browser } from '../shared/browser.ts';
import { saveScreenshot } from './session-state.ts';

export async function captureTab(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.windowId === undefined) return false;
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    await saveScreenshot(tabId, { dataUrl, url: tab.url ?? '', capturedAt: new Date().toISOString() });
    return true;
  } catch {
    return false;
  }
}
