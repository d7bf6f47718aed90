// Same-origin frames become scopes of their own, now and each time they load a new document.
// Cross-origin frames are left alone: their documents are not ours to read.
import type { DocumentScope } from './document-scope.ts';

export type FrameElement = HTMLIFrameElement | HTMLFrameElement;

export class FrameWatch {
  private readonly listeners = new Map<FrameElement, () => void>();

  /** `attach` makes and starts the scope for a frame's document. */
  constructor(private readonly attach: (doc: Document, frame: FrameElement, parent: DocumentScope) => DocumentScope) {}

  watch(parent: DocumentScope, frame: FrameElement): void {
    if (!this.listeners.has(frame)) {
      const listener = () => this.follow(parent, frame);
      frame.addEventListener('load', listener);
      this.listeners.set(frame, listener);
    }
    this.follow(parent, frame);
  }

  stop(): void {
    for (const [frame, listener] of this.listeners) frame.removeEventListener('load', listener);
    this.listeners.clear();
  }

  private follow(parent: DocumentScope, frame: FrameElement): void {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    const existing = parent.children.get(frame);
    if (existing?.doc === doc) return;
    existing?.stop();
    parent.children.delete(frame);
    if (doc?.documentElement) parent.children.set(frame, this.attach(doc, frame, parent));
  }
}
