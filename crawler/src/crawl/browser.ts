// The crawl's view of the browser: launched on first use (many crawls only need it for a few screenshots),
// and every page load takes the host's politeness slot like an HTTP request does (the gate adds the host's
// delay after it), so a browser visit never crowds the requests around it.
import { BrowserRenderer } from '../fetch/browser-renderer.ts';
import type { HostMap } from '../fetch/host-map.ts';
import type { RequestGate } from '../fetch/politeness.ts';
import type { ExchangeRecorder } from '../fetch/types.ts';
import type { PageRenderer } from './ports.ts';

export interface LazyBrowserOptions {
  hostMap: HostMap;
  userAgent: string;
  gate: RequestGate;
  timeoutMs: number;
  warn(message: string): void;
  /** Receives every response a rendered page loads (the web archive), bodies cut at `maxBytes`. */
  recorder?: ExchangeRecorder;
  maxBytes?: number;
}

export class LazyBrowser implements PageRenderer {
  private browser?: Promise<BrowserRenderer>;

  constructor(private readonly options: LazyBrowserOptions) {}

  async render(url: string, siteId: string): Promise<{ html: string; finalUrl: string }> {
    const browser = await this.launch();
    const result = await this.politely(url, () => browser.render(url, { siteId, timeoutMs: this.options.timeoutMs }));
    return { html: result.html, finalUrl: result.finalUrl };
  }

  async screenshotPassage(url: string, siteId: string, passage: string, file: string): Promise<boolean> {
    const browser = await this.launch();
    return this.politely(url, () => browser.screenshotPassage({ url, siteId }, passage, file, this.options.timeoutMs));
  }

  async closeSite(siteId: string): Promise<void> {
    if (this.browser) await (await this.browser.catch(() => undefined))?.closeSite(siteId);
  }

  async close(): Promise<void> {
    if (this.browser) await (await this.browser.catch(() => undefined))?.close();
  }

  /** One launch attempt per process; a failure (no Chromium) is warned about once and then repeated to each caller. */
  private launch(): Promise<BrowserRenderer> {
    this.browser ??= BrowserRenderer.create({
      hostMap: this.options.hostMap, userAgent: this.options.userAgent, recorder: this.options.recorder, maxRecordedBodyBytes: this.options.maxBytes,
    }).catch((error: Error) => {
      this.options.warn(`${error.message}; pages that need a browser fail with "no-browser" and findings get no screenshot`);
      throw error;
    });
    return this.browser;
  }

  private async politely<T>(url: string, visit: () => Promise<T>): Promise<T> {
    const host = new URL(url).hostname;
    const release = await this.options.gate.acquire(host);
    try {
      return await visit();
    } finally {
      release();
    }
  }
}
