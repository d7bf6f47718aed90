// Sends new blocks to the background in batches and keeps the answers by text hash, so each
// distinct text is classified once per scan however often it occurs or reappears.
import { MAX_BLOCKS_PER_MESSAGE } from '../shared/messages.ts';
import { sendFromContent } from '../shared/messaging.ts';
import type { PageFinding } from '../shared/types.ts';
import type { BlockRecord } from './collect/block-survey.ts';

const MAX_CHARS_PER_MESSAGE = 400_000;
const MAX_IN_FLIGHT = 2;

export class ClassifyClient {
  private readonly results = new Map<string, PageFinding[]>();
  private readonly pending = new Set<string>();
  private outbox: BlockRecord[] = [];
  private inFlight = 0;
  private generation = 0;

  constructor(
    private readonly page: () => { pageUrl: string; title: string },
    private readonly onResults: (hashes: string[]) => void,
  ) {}

  get busy(): boolean {
    return this.inFlight > 0 || this.outbox.length > 0;
  }

  get classifiedCount(): number {
    return this.results.size;
  }

  resultFor(hash: string): PageFinding[] | undefined {
    return this.results.get(hash);
  }

  request(record: BlockRecord): void {
    if (this.results.has(record.hash) || this.pending.has(record.hash)) return;
    this.pending.add(record.hash);
    this.outbox.push(record);
  }

  /** Sends full batches; with `all`, also the last partial one. */
  flush(all: boolean): void {
    while (this.inFlight < MAX_IN_FLIGHT && (this.outbox.length >= MAX_BLOCKS_PER_MESSAGE || (all && this.outbox.length > 0))) {
      this.send(this.takeBatch());
    }
  }

  /** Forgets everything; answers still on their way are ignored. */
  reset(): void {
    this.generation++;
    this.results.clear();
    this.pending.clear();
    this.outbox = [];
    this.inFlight = 0;
  }

  private takeBatch(): BlockRecord[] {
    let chars = 0;
    let count = 0;
    while (count < this.outbox.length && count < MAX_BLOCKS_PER_MESSAGE && chars + this.outbox[count].text.length <= MAX_CHARS_PER_MESSAGE) {
      chars += this.outbox[count].text.length;
      count++;
    }
    return this.outbox.splice(0, Math.max(count, 1));
  }

  private async send(batch: BlockRecord[]): Promise<void> {
    const generation = this.generation;
    this.inFlight++;
    const { pageUrl, title } = this.page();
    const blocks = batch.map(({ hash, kind, text, locator, headingLevel }) => ({ hash, kind, text, locator, headingLevel }));
    let findings: PageFinding[] = [];
    try {
      findings = (await sendFromContent('content/classify', { pageUrl, title, blocks })).findings;
    } catch (error) {
      console.warn('schoolscan: classification failed', error);
    }
    if (generation !== this.generation) return;
    this.inFlight--;
    const byHash = new Map<string, PageFinding[]>(batch.map((record) => [record.hash, []]));
    for (const finding of findings) byHash.get(finding.blockHash)?.push(finding);
    for (const [hash, list] of byHash) {
      this.results.set(hash, list);
      this.pending.delete(hash);
    }
    this.onResults([...byHash.keys()]);
    this.flush(false);
  }
}
