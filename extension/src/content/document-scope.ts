// Everything schoolscan keeps for one document: the top page or a same-origin iframe inside it.
// Each has its own blocks, change watcher, drawer and pointer watch; frames nest as child scopes.
import { BlockRegistry } from './collect/block-registry.ts';
import { CssPathBuilder } from './collect/css-path.ts';
import { type ChangeBatch, MutationQueue } from './collect/mutation-queue.ts';
import type { Drawer } from './highlight/drawer.ts';
import type { Offset } from './highlight/overlay-drawer.ts';
import type { PointerWatch } from './ui/pointer-watch.ts';

export interface ScopeParts {
  drawer: Drawer;
  pointer: PointerWatch;
}

export class DocumentScope {
  readonly registry = new BlockRegistry();
  readonly children = new Map<Element, DocumentScope>();
  paths: CssPathBuilder;
  private readonly watcher: MutationQueue;
  private parts: ScopeParts | null = null;

  constructor(
    readonly doc: Document,
    readonly frame: HTMLIFrameElement | HTMLFrameElement | null,
    readonly parent: DocumentScope | null,
    readonly isOurs: (node: Node) => boolean,
    onChanges: (scope: DocumentScope, batch: ChangeBatch) => void,
  ) {
    this.paths = this.newPaths();
    this.watcher = new MutationQueue(doc, isOurs, (batch) => onChanges(this, batch));
  }

  /** Locator prefix of a frame: the frame's own path in its parent, then `>>>`. */
  private newPaths(): CssPathBuilder {
    const prefix = this.frame && this.parent ? `${this.parent.paths.pathOf(this.frame)} >>> ` : '';
    return new CssPathBuilder(prefix);
  }

  /** Sibling positions change with the page: start each survey with fresh path counts. */
  refreshPaths(): void {
    this.paths = this.newPaths();
  }

  get root(): Element {
    return this.doc.body ?? this.doc.documentElement;
  }

  get drawer(): Drawer | null {
    return this.parts?.drawer ?? null;
  }

  /** Where this document's viewport sits in the top document's viewport. */
  offset(): Offset {
    if (!this.frame || !this.parent) return { x: 0, y: 0 };
    const outer = this.parent.offset();
    const rect = this.frame.getBoundingClientRect();
    return { x: outer.x + rect.left + this.frame.clientLeft, y: outer.y + rect.top + this.frame.clientTop };
  }

  /** Every scope in this subtree, this one first. */
  *all(): Iterable<DocumentScope> {
    yield this;
    for (const child of this.children.values()) yield* child.all();
  }

  start(parts: ScopeParts): void {
    this.parts = parts;
    this.watcher.start();
    parts.pointer.start();
  }

  stop(): void {
    this.watcher.stop();
    this.parts?.pointer.stop();
    this.parts?.drawer.clear();
    this.parts = null;
    this.registry.clear();
    for (const child of this.children.values()) child.stop();
    this.children.clear();
  }
}
