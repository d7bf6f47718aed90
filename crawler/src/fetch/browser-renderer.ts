import { chromium, type Browser, type BrowserContext, type Response, type Route } from 'playwright-core';
import type { FailureReason } from '../../../shared/src/index.ts';
import { findBrowser } from './find-browser.ts';
import { HostMap } from './host-map.ts';
import { PageRecording } from './page-recording.ts';
import { HIGHLIGHT_PASSAGE_SOURCE } from './passage-highlight-script.ts';
import { SiteScope } from './site-scope.ts';
import { FetchError, type ExchangeRecorder, type HttpExchange } from './types.ts';

export const BROWSER_LAUNCH_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserRendererOptions {
  /** Default: findBrowser(). */
  executablePath?: string;
  /** Host-resolver rules are a launch flag, so the map is fixed for the browser's life. */
  hostMap?: HostMap;
  userAgent?: string;
  /** Pages rendering at once across all sites. Default 2. */
  maxConcurrentRenders?: number;
  /** Default recorder for render(); a render may pass its own. */
  recorder?: ExchangeRecorder;
  /** Recorded bodies are cut here (truncated 'length'). Default 15 MB. */
  maxRecordedBodyBytes?: number;
  viewport?: { width: number; height: number };
}

export interface RenderOptions {
  siteId: string;
  /** Navigation plus settling. Default 30 s. */
  timeoutMs?: number;
  /** Which requests count as the site's own. Default: the SiteScope of `url`. */
  inScope?: (url: string) => boolean;
  recorder?: ExchangeRecorder;
}

export interface RenderResult {
  /** The rendered DOM serialised (doctype included). */
  html: string;
  finalUrl: string;
  status: number;
  /** Everything else the page loaded, as recorded. */
  subresources: HttpExchange[];
  durationMs: number;
}

export type ScreenshotTarget = { url: string; siteId?: string } | { html: string; baseUrl?: string };

/**
 * Third-party requests a page may make: what it needs to build its text (scripts, styles, fonts, API
 * calls). Third-party documents (iframes), images, media and beacons are blocked, and so are the
 * analytics hosts below, so a crawl neither counts as a visitor nor fetches more than it reads.
 */
const THIRD_PARTY_TYPES = new Set(['script', 'stylesheet', 'font', 'xhr', 'fetch']);
const TRACKER_HOSTS = /(^|\.)(google-analytics\.com|googletagmanager\.com|doubleclick\.net|facebook\.net|hotjar\.com|clarity\.ms)$/;
const SETTLE_MS = 3_000;

/**
 * Renders pages in the system Chromium for sites that build their text with JavaScript, and takes evidence
 * screenshots. One browser, one context per site (cookies stay per site), a page per render, closed after.
 */
export class BrowserRenderer {
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  private readonly slots: Semaphore;

  private constructor(
    private readonly browser: Browser,
    private readonly options: BrowserRendererOptions,
  ) {
    this.slots = new Semaphore(options.maxConcurrentRenders ?? 2);
  }

  /** Launches Chromium. Throws FetchError 'no-browser' when there is none to launch. */
  static async create(options: BrowserRendererOptions = {}): Promise<BrowserRenderer> {
    const executablePath = options.executablePath ?? findBrowser();
    if (!executablePath) {
      throw new FetchError('no-browser', 'rendering needed but no Chromium found: apt install chromium or set SCHOOLSCAN_CHROMIUM');
    }
    const resolverRules = (options.hostMap ?? HostMap.empty).toChromiumResolverRules();
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...BROWSER_LAUNCH_FLAGS, ...(resolverRules ? [resolverRules] : [])],
    });
    return new BrowserRenderer(browser, options);
  }

  /**
   * Loads `url` in the site's context and returns the DOM once the page has loaded and the network has
   * been quiet for a moment (at most 3 s more). Requests outside the site are limited (THIRD_PARTY_TYPES).
   * Every response is recorded. Fails like HttpFetcher: 'timeout', 'dns', 'connection', 'tls', 'http-4xx',
   * 'http-5xx', 'out-of-scope' (the page redirected off the site), else 'render-failed'.
   */
  async render(url: string, options: RenderOptions): Promise<RenderResult> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const inScope = options.inScope ?? ((u: string) => new SiteScope([url]).inScope(u));
    const recorder = options.recorder ?? this.options.recorder;
    return this.slots.run(async () => {
      const started = Date.now();
      const page = await (await this.contextFor(options.siteId)).newPage();
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
      const recording = new PageRecording(page, this.options.maxRecordedBodyBytes ?? 15 * 1024 * 1024);
      let outcome: { response: Response | null; html: string } | { error: FetchError };
      try {
        await page.route('**/*', (route) => routeBySite(route, inScope));
        const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
        const remaining = timeoutMs - (Date.now() - started);
        await page.waitForLoadState('networkidle', { timeout: Math.max(1, Math.min(SETTLE_MS, remaining)) }).catch(() => undefined);
        outcome = { response, html: await page.content() };
      } catch (error) {
        outcome = { error: navigationError(url, error) };
      }
      const finalUrl = page.url();
      const recorded = await recording.finish();
      await page.close().catch(() => undefined);
      for (const { exchange, purpose } of recorded) await recorder?.record(exchange, { siteId: options.siteId, purpose });

      if ('error' in outcome) throw outcome.error;
      const status = outcome.response?.status() ?? 0;
      if (status >= 400) throw statusError(finalUrl, status);
      return {
        html: outcome.html,
        finalUrl,
        status,
        subresources: recorded.filter((r) => r.purpose === 'subresource').map((r) => r.exchange),
        durationMs: Date.now() - started,
      };
    });
  }

  /**
   * Opens the page, highlights `passage` (yellow background, red outline), scrolls it into view and saves
   * a PNG of the viewport to `file`. When the passage is not found, saves the full page and returns false.
   */
  async screenshotPassage(target: ScreenshotTarget, passage: string, file: string, timeoutMs = 30_000): Promise<boolean> {
    return this.slots.run(async () => {
      const siteId = 'url' in target ? (target.siteId ?? 'evidence') : 'evidence';
      const page = await (await this.contextFor(siteId)).newPage();
      try {
        if ('url' in target) {
          const inScope = (u: string) => new SiteScope([target.url]).inScope(u);
          await page.route('**/*', (route) => routeBySite(route, inScope));
          await page.goto(target.url, { waitUntil: 'load', timeout: timeoutMs });
        } else {
          const baseUrl = target.baseUrl;
          const inScope = baseUrl ? (u: string) => new SiteScope([baseUrl]).inScope(u) : () => false;
          await page.route('**/*', (route) => routeBySite(route, inScope));
          await page.setContent(withBase(target.html, baseUrl), { waitUntil: 'load', timeout: timeoutMs });
        }
        await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
        const found = (await page.evaluate(`(${HIGHLIGHT_PASSAGE_SOURCE})(${JSON.stringify(passage)})`)) as boolean;
        await page.screenshot({ path: file, fullPage: !found, type: 'png' });
        return found;
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  }

  /** Closes a site's context once its crawl is done. */
  async closeSite(siteId: string): Promise<void> {
    const context = this.contexts.get(siteId);
    this.contexts.delete(siteId);
    await (await context)?.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.contexts.clear();
    await this.browser.close();
  }

  private contextFor(siteId: string): Promise<BrowserContext> {
    let context = this.contexts.get(siteId);
    if (!context) {
      context = this.browser.newContext({
        userAgent: this.options.userAgent,
        locale: 'nl-NL',
        viewport: this.options.viewport ?? { width: 1280, height: 900 },
        serviceWorkers: 'block',
        acceptDownloads: false,
      });
      this.contexts.set(siteId, context);
    }
    return context;
  }
}

function routeBySite(route: Route, inScope: (url: string) => boolean): Promise<void> {
  const request = route.request();
  const url = request.url();
  if (!/^https?:/i.test(url) || inScope(url)) return route.continue();
  const host = new URL(url).hostname;
  if (!TRACKER_HOSTS.test(host) && THIRD_PARTY_TYPES.has(request.resourceType())) return route.continue();
  return route.abort('blockedbyclient');
}

/** Chromium net:: error codes in Playwright navigation errors, and what they mean for us. */
const NAVIGATION_FAILURES: [RegExp, FailureReason][] = [
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED/, 'dns'],
  [/ERR_CERT_|ERR_SSL_/, 'tls'],
  [/ERR_CONNECTION_|ERR_ADDRESS_UNREACHABLE|ERR_EMPTY_RESPONSE|ERR_NETWORK_CHANGED/, 'connection'],
  [/ERR_TIMED_OUT/, 'timeout'],
  [/ERR_TOO_MANY_REDIRECTS/, 'too-many-redirects'],
  [/ERR_BLOCKED_BY_CLIENT/, 'out-of-scope'],
  [/Download is starting/, 'unsupported-type'],
];

function navigationError(url: string, error: unknown): FetchError {
  const message = error instanceof Error ? error.message : String(error);
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  const reason = timedOut ? 'timeout' : (NAVIGATION_FAILURES.find(([pattern]) => pattern.test(message))?.[1] ?? 'render-failed');
  return new FetchError(reason, `rendering ${url}: ${message.split('\n')[0]}`, { finalUrl: url });
}

function statusError(url: string, status: number): FetchError {
  const reason: FailureReason = status === 429 ? 'http-429' : status >= 500 ? 'http-5xx' : 'http-4xx';
  return new FetchError(reason, `rendering ${url}: HTTP ${status}`, { status, finalUrl: url });
}

/** Lets relative links in archived HTML resolve against the page's address. */
function withBase(html: string, baseUrl: string | undefined): string {
  if (!baseUrl || /<base\s/i.test(html)) return html;
  const tag = `<base href="${baseUrl.replace(/"/g, '&quot;')}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${tag}`) : `${tag}${html}`;
}

/** At most `size` tasks at once; the rest wait in order. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over, still counted
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
