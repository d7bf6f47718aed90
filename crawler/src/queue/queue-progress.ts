// The coordinator's one view of a crawl spread over workers: sites collected of all, sites running,
// pages, findings and failed pages across workers (live, from the workers' job progress), failed jobs,
// and each worker's rate. One live line on a terminal; plain log lines otherwise.
import type { CrawlObserver } from '../crawl/ports.ts';
import type { ProgressOptions } from '../cli/progress.ts';
import type { CollectedSite } from './collect-results.ts';
import type { SiteProgress } from './job-progress.ts';
import { WorkerRates } from './worker-rates.ts';

interface Totals { pages: number; findings: number; errors: number }

export class QueueProgress implements CrawlObserver {
  private readonly stream: NodeJS.WriteStream;
  private readonly live: boolean;
  private readonly started = Date.now();
  private readonly rates = new WorkerRates();
  /** Latest figures of sites in hand, by site id. */
  private readonly running = new Map<string, SiteProgress>();
  private readonly collected: Totals = { pages: 0, findings: 0, errors: 0 };
  private sitesDone: number;
  private failedJobs = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.live = !options.quiet && Boolean(this.stream.isTTY);
    this.sitesDone = options.doneSites ?? 0;
    if (!options.quiet) {
      this.timer = setInterval(() => (this.live ? this.draw() : this.line(`… ${this.status()}`)), this.live ? 500 : options.heartbeatMs ?? 30_000);
      this.timer.unref();
    }
  }

  /** A worker's running figures for one site (a site started again on another worker starts from zero). */
  siteProgress(figures: SiteProgress): void {
    const before = this.running.get(figures.siteId);
    const sameRun = before && before.worker === figures.worker && before.pages <= figures.pages;
    this.rates.add(figures.worker, figures.pages - (sameRun ? before.pages : 0));
    this.running.set(figures.siteId, figures);
  }

  siteCollected(site: CollectedSite, worker: string): void {
    const seen = this.running.get(site.siteId);
    this.running.delete(site.siteId);
    if (!seen || seen.worker !== worker) this.rates.add(worker, site.pages);
    else this.rates.add(worker, site.pages - seen.pages);
    if (!site.applied) return;
    this.sitesDone++;
    this.collected.pages += site.pages;
    this.collected.findings += site.findings;
    this.collected.errors += site.errors;
    if (!this.live && !this.options.quiet) {
      this.line(`[${this.sitesDone}/${this.options.totalSites}] ${site.siteId}: ${site.state}${site.reason ? ` (${site.reason})` : ''}, ${site.pages} pages, ${site.findings} findings, by ${worker}`);
    }
  }

  /** A site whose job failed for good: counted as done (failed), with the job's reason shown. */
  jobFailed(siteId: string, reason: string): void {
    this.running.delete(siteId);
    this.failedJobs++;
    this.sitesDone++;
    this.warn(`${siteId}: job failed for good: ${reason}`);
  }

  /** A site that went back to the queue (its worker died or stopped): its live figures no longer count. */
  siteRequeued(siteId: string): void {
    this.running.delete(siteId);
  }

  warn(message: string): void {
    if (this.live) this.stream.write('\r\x1b[2K');
    this.stream.write(`warning: ${message}\n`);
    this.draw();
  }

  info(message: string): void {
    if (this.options.quiet) return;
    if (this.live) this.stream.write('\r\x1b[2K');
    this.line(message);
    this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.live) {
      this.draw();
      this.stream.write('\n');
    }
  }

  status(): string {
    const live = [...this.running.values()];
    const sum = (key: keyof Totals) => this.collected[key] + live.reduce((n, s) => n + s[key], 0);
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const workers = this.rates.rates().map((w) => `${w.worker} ${w.perSecond.toFixed(1)}/s`).join(', ');
    return [
      `sites ${this.sitesDone}/${this.options.totalSites} (${live.length} running)`, `pages ${sum('pages')}`, `findings ${sum('findings')}`,
      `errors ${sum('errors')}`, ...(this.failedJobs ? [`failed jobs ${this.failedJobs}`] : []), `${(sum('pages') / seconds).toFixed(1)} pages/s`,
      ...(workers ? [`workers: ${workers}`] : []),
    ].join(' | ');
  }

  private draw(): void {
    if (!this.live) return;
    this.stream.write(`\r\x1b[2K${this.status().slice(0, (this.stream.columns || 120) - 1)}`);
  }

  private line(text: string): void {
    this.stream.write(`${new Date().toISOString()} ${text}\n`);
  }
}
