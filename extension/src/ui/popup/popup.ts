// The panel behind the toolbar button. Opening it is the user's request to scan the tab: it asks
// the background to activate the tab, then shows what the background knows and keeps it current.
import { browser } from '../../shared/browser.ts';
import { localize, t } from '../../shared/i18n.ts';
import { sendFromUi } from '../../shared/messaging.ts';
import type { TabView } from '../../shared/types.ts';
import { byId } from '../common/dom.ts';
import { targetTabId } from '../common/target-tab.ts';
import { renderOtherPages, renderPageFindings, statusText } from './popup-view.ts';

const REFRESH_MS = 400;

async function main(): Promise<void> {
  localize(document);
  byId<HTMLImageElement>('logo').src = browser.runtime.getURL('icons/icon-32.png');
  const tabId = await targetTabId();
  if (tabId === null) return;
  const toggle = byId<HTMLInputElement>('toggle-marks');
  const autoScan = byId<HTMLInputElement>('auto-scan');

  const render = (view: TabView) => {
    byId('status').textContent = statusText(view);
    toggle.checked = view.tab?.enabled ?? false;
    toggle.disabled = !view.tab;
    autoScan.checked = view.autoScan;
    autoScan.disabled = !view.tab;
    renderPageFindings(view, (findingId) => void sendFromUi('ui/jump', { tabId, findingId }));
    renderOtherPages(view, (url) => void browser.tabs.update(tabId, { url }));
  };

  render(await sendFromUi('ui/activate', { tabId }));

  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'session' || refreshTimer) return;
    refreshTimer = setTimeout(async () => {
      refreshTimer = null;
      render(await sendFromUi('ui/get-state', { tabId }));
    }, REFRESH_MS);
  });

  toggle.addEventListener('change', async () => {
    render(await sendFromUi('ui/set-enabled', { tabId, enabled: toggle.checked }));
  });

  autoScan.addEventListener('change', async () => {
    const enabled = autoScan.checked;
    if (enabled) {
      // The permission prompt must come straight from the user's click, so it is asked here.
      const tab = await browser.tabs.get(tabId);
      const url = new URL(tab.url ?? '');
      const granted = await browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] });
      if (!granted) {
        autoScan.checked = false;
        return;
      }
    }
    render(await sendFromUi('ui/set-auto-scan', { tabId, enabled }));
  });

  byId('make-report').addEventListener('click', async () => {
    await sendFromUi('ui/prepare-report', { tabId });
    await browser.tabs.create({ url: browser.runtime.getURL(`ui/report/index.html?tab=${tabId}`) });
    window.close();
  });

  document.title = t('popupTitle');
}

void main();
