// Tells the background how far the scan is (numbers only), at most every few hundred milliseconds,
// and remembers how long the first complete pass took.
import { sendFromContent } from '../shared/messaging.ts';
import type { ScanProgress } from '../shared/types.ts';

const REPORT_INTERVAL_MS = 250;

export class ProgressReporter {
  private startedAt = 0;
  private firstIdleMs = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly measure: () => Omit<ScanProgress, 'firstIdleMs'>) {}

  begin(): void {
    this.startedAt = performance.now();
    this.firstIdleMs = 0;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Something moved: report soon (and at once when the scan has just become idle). */
  changed(): void {
    const now = this.measure();
    if (now.idle && this.firstIdleMs === 0) {
      this.firstIdleMs = Math.max(1, Math.round(performance.now() - this.startedAt));
      this.cancel();
      this.send();
      return;
    }
    if (!this.timer) this.timer = setTimeout(() => this.send(), REPORT_INTERVAL_MS);
  }

  private send(): void {
    this.timer = null;
    const progress: ScanProgress = { ...this.measure(), firstIdleMs: this.firstIdleMs };
    void sendFromContent('content/progress', progress).catch(() => undefined);
  }
}
