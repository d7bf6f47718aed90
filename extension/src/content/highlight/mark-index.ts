// Which marks are drawn, found three ways: per block record (to erase when a block changes), per
// block element (to hit-test the pointer) and per finding id (to jump from the panel).
import type { BlockRecord } from '../collect/block-survey.ts';
import type { Mark } from './drawer.ts';

export class MarkIndex {
  private readonly byRecord = new Map<BlockRecord, Mark[]>();
  private readonly byElement = new Map<Element, Mark[]>();
  private readonly byFinding = new Map<string, Mark[]>();

  get size(): number {
    let n = 0;
    for (const marks of this.byRecord.values()) n += marks.length;
    return n;
  }

  add(record: BlockRecord, mark: Mark): void {
    for (const [map, key] of [[this.byRecord, record], [this.byElement, record.element], [this.byFinding, mark.finding.id]] as const) {
      const list = (map as Map<unknown, Mark[]>).get(key);
      if (list) list.push(mark);
      else (map as Map<unknown, Mark[]>).set(key, [mark]);
    }
  }

  /** Removes and returns the marks of a record. */
  takeRecord(record: BlockRecord): Mark[] {
    const marks = this.byRecord.get(record) ?? [];
    this.byRecord.delete(record);
    for (const mark of marks) {
      this.removeFrom(this.byElement, record.element, mark);
      this.removeFrom(this.byFinding, mark.finding.id, mark);
    }
    return marks;
  }

  onElement(element: Element): readonly Mark[] {
    return this.byElement.get(element) ?? [];
  }

  ofFinding(id: string): readonly Mark[] {
    return this.byFinding.get(id) ?? [];
  }

  all(): Mark[] {
    return [...this.byRecord.values()].flat();
  }

  clear(): void {
    this.byRecord.clear();
    this.byElement.clear();
    this.byFinding.clear();
  }

  private removeFrom<K>(map: Map<K, Mark[]>, key: K, mark: Mark): void {
    const list = map.get(key);
    if (!list) return;
    const rest = list.filter((entry) => entry !== mark);
    if (rest.length > 0) map.set(key, rest);
    else map.delete(key);
  }
}
