// Drives Debian's Chromium with the unpacked extension loaded, headless, for tests and benchmarks.
// Everything the user would do by clicking goes through the extension's own messages, sent from an
// extension page, so tests exercise the same code paths as the popup.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { UiMessages, UiMessageType, UiReplies } from '../src/shared/messages.ts';
import type { TabView } from '../src/shared/types.ts';

export const CHROMIUM_PATH = process.env.SCHOOLSCAN_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Route every non-loopback request through this proxy port (to prove none is made). */
  proxyPort?: number;
  /**
   * Browser UI language, which picks the extension's locale. Debian's chromium package ships only
   * the en-US locale (chromium-l10n has the rest), so without it the English messages are used.
   */
  lang?: 'nl' | 'en';
}

export class ExtensionBrowser {
  private constructor(readonly context: BrowserContext, readonly worker: Worker, private readonly control: Page) {}

  static async launch(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
    const args = [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-default-apps', '--no-default-browser-check', '--metrics-recording-only', '--disable-domain-reliability',
    ];
    // Chromium's own Google services (sign-in, component updates) would call out even with no
    // extension loaded; point them at a closed local port so that any outside request is ours.
    const closedPort = 'http://127.0.0.1:9';
    args.push(`--gaia-url=${closedPort}`, `--lso-url=${closedPort}`, `--google-apis-url=${closedPort}`, `--component-updater=url-source=${closedPort}/`);
    args.push(`--lang=${options.lang ?? 'nl'}`);
    if (options.proxyPort) args.push(`--proxy-server=http://127.0.0.1:${options.proxyPort}`);
    const userDataDir = mkdtempSync(join(tmpdir(), 'schoolscan-profile-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH, headless: true, args, viewport: { width: 1200, height: 900 }, acceptDownloads: true,
      locale: options.lang === 'en' ? 'en-GB' : 'nl-NL',
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const id = new URL(worker.url()).host;
    const control = await context.newPage();
    await control.goto(`chrome-extension://${id}/ui/guideline/index.html`);
    return new ExtensionBrowser(context, worker, control);
  }

  get extensionId(): string {
    return new URL(this.worker.url()).host;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /** Sends a UI message as the popup would. */
  send<K extends UiMessageType>(type: K, payload: UiMessages[K]): Promise<UiReplies[K]> {
    return this.control.evaluate(
      ([messageType, body]) => (globalThis as any).chrome.runtime.sendMessage({ type: messageType, ...body }),
      [type, payload] as const,
    ) as Promise<UiReplies[K]>;
  }

  async tabIdOf(page: Page): Promise<number> {
    const url = page.url();
    const id = await this.control.evaluate(async (target) => {
      const tabs: { id: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === target)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  }

  /** What a click on the toolbar button does: opens the popup for the tab, which activates it. */
  async clickAction(page: Page): Promise<{ tabId: number; popup: Page }> {
    const tabId = await this.tabIdOf(page);
    const popup = await this.context.newPage();
    await popup.goto(this.extensionUrl(`ui/popup/index.html?tab=${tabId}`));
    return { tabId, popup };
  }

  /** Waits until the content script reports an idle scan and the predicate holds. */
  async waitForScan(tabId: number, until: (view: TabView) => boolean = () => true, timeoutMs = 60_000): Promise<TabView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const view = await this.send('ui/get-state', { tabId });
      if (view.tab?.progress?.idle && until(view)) return view;
      if (Date.now() > deadline) throw new Error(`scan of tab ${tabId} not finished: ${JSON.stringify(view.tab?.progress)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Calls an extension API function by its path (`permissions.getAll`) from an extension page. */
  callApi<T>(path: string, ...args: unknown[]): Promise<T> {
    return this.control.evaluate(([name, params]) => {
      const parts = name.split('.');
      const owner = parts.slice(0, -1).reduce((api: any, part) => api[part], (globalThis as any).chrome);
      return owner[parts[parts.length - 1]](...params);
    }, [path, args] as const) as Promise<T>;
  }

  /** A message of the locale the extension runs in. */
  message(key: string, substitutions: string[] = []): Promise<string> {
    return this.control.evaluate(([name, subs]) => (globalThis as any).chrome.i18n.getMessage(name, subs), [key, substitutions] as const);
  }

  /** Sets a value in the extension's storage.local (settings such as the drawer mode). */
  setLocal(values: Record<string, unknown>): Promise<void> {
    return this.control.evaluate((items) => (globalThis as any).chrome.storage.local.set(items), values);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
