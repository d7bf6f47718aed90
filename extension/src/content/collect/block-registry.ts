// The blocks currently on the page, by element and by text hash, so that results for a hash reach
// every place the text occurs and a hash is reported gone only when its last occurrence has left.
import type { BlockRecord } from './block-survey.ts';

export interface RegistryChange {
  added: BlockRecord[];
  removed: BlockRecord[];
  /** Hashes with no occurrence left. */
  goneHashes: Set<string>;
}

export function emptyChange(): RegistryChange {
  return { added: [], removed: [], goneHashes: new Set() };
}

export class BlockRegistry {
  private readonly byElement = new Map<Element, BlockRecord[]>();
  private readonly byHash = new Map<string, Set<BlockRecord>>();

  get size(): number {
    return this.byElement.size;
  }

  recordsOf(element: Element): readonly BlockRecord[] {
    return this.byElement.get(element) ?? [];
  }

  withHash(hash: string): Iterable<BlockRecord> {
    return this.byHash.get(hash) ?? [];
  }

  /** Sets an element's records (empty to forget it); an unchanged element changes nothing. */
  replace(element: Element, records: BlockRecord[], change: RegistryChange): void {
    const previous = this.byElement.get(element) ?? [];
    const same = previous.length === records.length
      && previous.every((record, i) => record.hash === records[i].hash && record.pieceStart === records[i].pieceStart);
    if (same) return;
    for (const record of previous) {
      const holders = this.byHash.get(record.hash);
      holders?.delete(record);
      if (holders && holders.size === 0) this.byHash.delete(record.hash);
      change.removed.push(record);
    }
    for (const record of records) {
      let holders = this.byHash.get(record.hash);
      if (!holders) this.byHash.set(record.hash, (holders = new Set()));
      holders.add(record);
      change.added.push(record);
    }
    if (records.length > 0) this.byElement.set(element, records);
    else this.byElement.delete(element);
    for (const record of previous) {
      if (!this.byHash.has(record.hash)) change.goneHashes.add(record.hash);
    }
  }

  /** Forgets elements no longer in the document. */
  sweep(change: RegistryChange): void {
    for (const element of [...this.byElement.keys()]) if (!element.isConnected) this.replace(element, [], change);
    // A hash that left one place and arrived at another in the same change is not gone.
    for (const hash of change.goneHashes) if (this.byHash.has(hash)) change.goneHashes.delete(hash);
  }

  clear(): void {
    this.byElement.clear();
    this.byHash.clear();
  }
}
