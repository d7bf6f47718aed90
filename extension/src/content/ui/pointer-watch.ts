// Hover and click over marks in one document: hover shows the explanation, a click pins it, Escape
// or a click elsewhere closes it. Listeners are passive and throttled; nothing is prevented.
import type { Mark } from '../highlight/drawer.ts';
import type { Offset } from '../highlight/overlay-drawer.ts';
import { markAtPoint } from './hit-test.ts';
import type { Tooltip } from './tooltip.ts';

const MOVE_INTERVAL_MS = 60;
const HIDE_DELAY_MS = 400;

export class PointerWatch {
  private lastMove = 0;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly tooltip: Tooltip,
    private readonly marksOn: (element: Element) => readonly Mark[],
    private readonly offset: () => Offset,
    private readonly isOurs: (node: Node) => boolean,
  ) {}

  start(): void {
    this.doc.addEventListener('pointermove', this.onMove, { capture: true, passive: true });
    this.doc.addEventListener('click', this.onClick, { capture: true, passive: true });
    this.doc.addEventListener('keydown', this.onKey, { capture: true, passive: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.doc.removeEventListener('click', this.onClick, { capture: true });
    this.doc.removeEventListener('keydown', this.onKey, { capture: true });
    this.cancelHide();
  }

  private hit(event: MouseEvent): { mark: Mark; anchor: DOMRect } | null {
    const found = markAtPoint(this.doc, event.clientX, event.clientY, this.marksOn);
    if (!found) return null;
    const { x, y } = this.offset();
    const { left, top, width, height } = found.rect;
    return { mark: found.mark, anchor: new DOMRect(left + x, top + y, width, height) };
  }

  private readonly onMove = (event: PointerEvent) => {
    if (event.timeStamp - this.lastMove < MOVE_INTERVAL_MS) return;
    this.lastMove = event.timeStamp;
    if (this.isOurs(event.target as Node)) {
      this.cancelHide(); // the pointer is on the tooltip
      return;
    }
    const hit = this.hit(event);
    if (hit) {
      this.cancelHide();
      if (!this.tooltip.pinned || this.tooltip.mark === hit.mark) this.tooltip.show(hit.mark, hit.anchor, false);
    } else if (this.tooltip.mark && !this.tooltip.pinned) {
      this.scheduleHide();
    }
  };

  private readonly onClick = (event: MouseEvent) => {
    if (this.isOurs(event.target as Node)) return;
    const hit = this.hit(event);
    if (hit) this.tooltip.show(hit.mark, hit.anchor, true);
    else if (this.tooltip.mark) this.tooltip.hide();
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.tooltip.mark) this.tooltip.hide();
  };

  private scheduleHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      if (!this.tooltip.pinned) this.tooltip.hide();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
