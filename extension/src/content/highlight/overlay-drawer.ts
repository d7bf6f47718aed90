// Fallback drawer for browsers without the CSS Custom Highlight API: translucent boxes over the
// marked text, inside our closed shadow root, repositioned (for what is on screen) after scrolls.
import type { Drawer, Mark } from './drawer.ts';
import { markColours } from './mark-style.ts';

export interface Offset {
  x: number;
  y: number;
}

export class OverlayDrawer implements Drawer {
  readonly kind = 'overlay' as const;
  private readonly marks = new Set<Mark>();
  private container: HTMLElement | null = null;
  private frame = 0;
  private readonly onViewChange = () => this.schedule();

  /**
   * `layer` gives the shadow-root container; `offset` the position of the marks' document in the
   * top viewport; `views` the windows whose scrolling moves the marks.
   */
  constructor(private readonly layer: () => HTMLElement, private readonly offset: () => Offset, private readonly views: Window[]) {}

  draw(mark: Mark): void {
    if (this.marks.size === 0) this.listen(true);
    this.marks.add(mark);
    this.schedule();
  }

  erase(mark: Mark): void {
    this.marks.delete(mark);
    if (this.marks.size === 0) this.listen(false);
    this.schedule();
  }

  clear(): void {
    this.marks.clear();
    this.listen(false);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.container?.remove();
    this.container = null;
  }

  private listen(on: boolean): void {
    for (const view of this.views) {
      if (on) {
        view.addEventListener('scroll', this.onViewChange, { capture: true, passive: true });
        view.addEventListener('resize', this.onViewChange, { passive: true });
      } else {
        view.removeEventListener('scroll', this.onViewChange, { capture: true });
        view.removeEventListener('resize', this.onViewChange);
      }
    }
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private layout(): void {
    if (!this.container) {
      this.container = this.layer().ownerDocument.createElement('div');
      this.layer().append(this.container);
    }
    const doc = this.container.ownerDocument;
    const height = doc.defaultView?.innerHeight ?? 0;
    const { x, y } = this.offset();
    const boxes: HTMLElement[] = [];
    for (const mark of this.marks) {
      const { fill, line, lineStyle } = markColours(mark.finding.category, mark.finding.level);
      for (const rect of mark.range.getClientRects()) {
        if (rect.bottom + y < 0 || rect.top + y > height || rect.width === 0) continue;
        const box = doc.createElement('div');
        box.className = 'box';
        box.style.cssText = `left:${rect.left + x}px;top:${rect.top + y}px;width:${rect.width}px;height:${rect.height}px;`
          + `background:${fill};border-bottom:2px ${lineStyle} ${line};`;
        boxes.push(box);
      }
    }
    this.container.replaceChildren(...boxes);
  }
}
