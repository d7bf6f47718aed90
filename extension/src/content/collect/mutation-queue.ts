// One MutationObserver per document. Its callback only queues what changed; a single batch runs at
// most once per interval, and the surveyor decides what to re-read.
export interface ChangeBatch {
  /** Elements added: survey their subtrees for new blocks. */
  added: Set<Element>;
  /** Nodes whose block's own text may have changed (text edits, removals, added text nodes). */
  touched: Set<Node>;
  /** The queue overflowed: re-survey the whole document instead. */
  overflow: boolean;
}

const MAX_QUEUED = 5000;

export class MutationQueue {
  private readonly observer: MutationObserver;
  private batch: ChangeBatch = { added: new Set(), touched: new Set(), overflow: false };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;

  constructor(
    private readonly doc: Document,
    private readonly isOurs: (node: Node) => boolean,
    private readonly onBatch: (batch: ChangeBatch) => void,
    private readonly intervalMs = 500,
  ) {
    // The content script's own constructor: it may observe any same-origin document, frames included.
    this.observer = new MutationObserver((records) => this.queue(records));
  }

  start(): void {
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.batch = { added: new Set(), touched: new Set(), overflow: false };
  }

  private queue(records: MutationRecord[]): void {
    const batch = this.batch;
    for (const record of records) {
      if (this.isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        batch.touched.add(record.target);
        continue;
      }
      let foreign = 0;
      record.addedNodes.forEach((node) => {
        if (this.isOurs(node)) return;
        foreign++;
        if (node.nodeType === Node.ELEMENT_NODE) batch.added.add(node as Element);
        else if (node.nodeType === Node.TEXT_NODE) batch.touched.add(node);
      });
      record.removedNodes.forEach((node) => {
        if (!this.isOurs(node)) foreign++;
      });
      if (foreign > 0) batch.touched.add(record.target);
    }
    if (batch.added.size + batch.touched.size > MAX_QUEUED) {
      batch.overflow = true;
      batch.added.clear();
      batch.touched.clear();
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - performance.now());
    this.timer = setTimeout(() => this.flush(), Math.max(wait, 50));
  }

  private flush(): void {
    this.timer = null;
    this.lastFlush = performance.now();
    const batch = this.batch;
    this.batch = { added: new Set(), touched: new Set(), overflow: false };
    if (batch.overflow || batch.added.size > 0 || batch.touched.size > 0) this.onBatch(batch);
  }
}
