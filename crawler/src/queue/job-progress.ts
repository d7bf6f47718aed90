// A worker's live figures for the coordinator's progress view: pages, findings and failed pages of the site
// in hand, sent as BullMQ job progress (QueueEvents carries it to the coordinator) at most once a second.
import type { Job } from 'bullmq';
import type { CrawlObserver } from '../crawl/ports.ts';

export interface SiteProgress {
  worker: string;
  siteId: string;
  pages: number;
  findings: number;
  errors: number;
}

const EVERY_MS = 1_000;

export class JobProgressReporter {
  private readonly figures: SiteProgress;
  private timer?: NodeJS.Timeout;
  private dirty = false;

  constructor(private readonly job: Job, worker: string, siteId: string) {
    this.figures = { worker, siteId, pages: 0, findings: 0, errors: 0 };
    this.send();
  }

  readonly pageDone: NonNullable<CrawlObserver['pageDone']> = (page, outcome, found) => {
    if (page.stage !== 'none' || outcome === 'failed') this.figures.pages++;
    if (outcome === 'failed') this.figures.errors++;
    this.figures.findings += found.likely + found.review;
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.dirty) this.send();
    }, EVERY_MS);
  };

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private send(): void {
    this.dirty = false;
    // Progress is a view, never a result: a lost update only makes the live line lag.
    this.job.updateProgress({ ...this.figures }).catch(() => {});
  }
}
