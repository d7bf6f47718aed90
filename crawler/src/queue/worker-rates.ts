// Pages per second of each worker over the last half minute, from the running page counts the workers
// report: a worker that stops shows its rate falling to zero rather than a lifetime average.
const WINDOW_MS = 30_000;

interface WorkerSamples {
  total: number;
  firstSeen: number;
  /** [time, total] pairs, oldest first, none older than one window before the newest. */
  samples: [number, number][];
}

export class WorkerRates {
  private readonly workers = new Map<string, WorkerSamples>();

  /** `pages` more pages crawled by `worker`. */
  add(worker: string, pages: number, now = Date.now()): void {
    let w = this.workers.get(worker);
    if (!w) {
      w = { total: 0, firstSeen: now, samples: [[now, 0]] };
      this.workers.set(worker, w);
    }
    w.total += Math.max(0, pages);
    w.samples.push([now, w.total]);
    while (w.samples.length > 2 && w.samples[1][0] < now - WINDOW_MS) w.samples.shift();
  }

  /** Per worker, busiest first: pages/s over the window, and pages in all. */
  rates(now = Date.now()): { worker: string; perSecond: number; pages: number }[] {
    return [...this.workers].map(([worker, w]) => {
      const start = now - WINDOW_MS;
      const base = [...w.samples].reverse().find(([t]) => t <= start) ?? w.samples[0];
      const span = Math.max(1_000, now - Math.max(base[0], w.firstSeen));
      return { worker, perSecond: ((w.total - base[1]) * 1000) / span, pages: w.total };
    }).sort((a, b) => b.perSecond - a.perSecond || a.worker.localeCompare(b.worker));
  }
}
