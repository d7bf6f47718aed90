// Turns classification results into marks on the page and takes them off again.
import type { PageFinding } from '../shared/types.ts';
import type { BlockRecord } from './collect/block-survey.ts';
import type { DocumentScope } from './document-scope.ts';
import { MarkIndex } from './highlight/mark-index.ts';
import { rangeFor } from './highlight/range-for.ts';

export class MarkPainter {
  readonly index = new MarkIndex();
  /** Milliseconds spent turning findings into drawn marks so far. */
  workMs = 0;

  /** Draws the findings of one block record, replacing marks it had. */
  paint(scope: DocumentScope, record: BlockRecord, findings: readonly PageFinding[]): void {
    const started = performance.now();
    this.erase(scope, record);
    const drawer = scope.drawer;
    if (!drawer) return;
    for (const finding of findings) {
      const start = finding.blockOffset ?? 0;
      const range = rangeFor(record, start, start + finding.text.length, scope.isOurs as (element: Element) => boolean);
      if (!range) continue;
      const mark = { finding, range };
      drawer.draw(mark);
      this.index.add(record, mark);
    }
    this.workMs += performance.now() - started;
  }

  erase(scope: DocumentScope, record: BlockRecord): void {
    for (const mark of this.index.takeRecord(record)) scope.drawer?.erase(mark);
  }

  clear(): void {
    this.index.clear();
    this.workMs = 0;
  }
}
