// Crawl progress on stderr: one live line on a terminal, plain log lines otherwise (CI, nohup, pipes).
import type { CrawlObserver, SiteResult } from '../crawl/ports.ts';
import type { PageCommit, PageRecord, SiteRecord } from '../store/records.ts';

export interface ProgressOptions {
  totalSites: number;
  /** Sites already done before this run (resume). */
  doneSites?: number;
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** Plain mode: a heartbeat line this often, so a long single site still shows life. */
  heartbeatMs?: number;
}

export class CrawlProgress implements CrawlObserver {
  private readonly stream: NodeJS.WriteStream;
  private readonly live: boolean;
  private readonly started = Date.now();
  private sitesDone: number;
  private pages = 0;
  private findings = 0;
  private errors = 0;
  private lastDraw = 0;
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.live = !options.quiet && Boolean(this.stream.isTTY);
    this.sitesDone = options.doneSites ?? 0;
    if (!options.quiet && !this.live) {
      this.heartbeat = setInterval(() => this.line(`… ${this.status()}`), options.heartbeatMs ?? 30_000);
      this.heartbeat.unref();
    }
  }

  pageDone(page: PageRecord, outcome: PageCommit['outcome'], found: { likely: number; review: number }): void {
    if (page.stage !== 'none' || outcome === 'failed') this.pages++;
    if (outcome === 'failed') this.errors++;
    this.findings += found.likely + found.review;
    this.draw();
  }

  siteFinished(site: SiteRecord, result: SiteResult): void {
    if (result.state === 'interrupted') return;
    this.sitesDone++;
    if (!this.live && !this.options.quiet) {
      const c = result.counts;
      this.line(`[${this.sitesDone}/${this.options.totalSites}] ${site.siteId}: ${result.state}${result.reason ? ` (${result.reason})` : ''}, ${c.fetched} pages fetched, ${c.failed} failed`);
    }
    this.draw(true);
  }

  warn(message: string): void {
    this.clear();
    this.stream.write(`warning: ${message}\n`);
    this.draw(true);
  }

  /** Ends the live line; call before printing the summary. */
  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.live) {
      this.draw(true);
      this.stream.write('\n');
    }
  }

  status(): string {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    return `sites ${this.sitesDone}/${this.options.totalSites} | pages ${this.pages} | findings ${this.findings} | errors ${this.errors} | ${(this.pages / seconds).toFixed(1)} pages/s`;
  }

  private draw(force = false): void {
    if (!this.live) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[2K${this.status().slice(0, (this.stream.columns || 120) - 1)}`);
  }

  private clear(): void {
    if (this.live) this.stream.write('\r\x1b[2K');
  }

  private line(text: string): void {
    this.stream.write(`${new Date().toISOString()} ${text}\n`);
  }
}
