// The tab a page works on: the `tab` query parameter when the page was opened for a tab (the report,
// or tests driving the popup as a page), else the active tab of the current window.
import { browser } from '../../shared/browser.ts';

export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
