// Our one element in the page: a host with a closed shadow root for the tooltip and the overlay
// drawer. Inline !important declarations (set through the CSSOM, which a strict CSP allows) beat
// hostile page rules on the host, the shadow root keeps page CSS out, and the top layer keeps it
// above any z-index. Unmounting removes it and leaves the page's DOM as it was.
import { UI_CSS } from './ui-styles.ts';

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['inset', '0px auto auto 0px'], ['width', '0px'],
  ['height', '0px'], ['margin', '0px'], ['padding', '0px'], ['border', '0px none'], ['overflow', 'visible'],
  ['z-index', '2147483647'], ['visibility', 'visible'], ['opacity', '1'], ['pointer-events', 'none'],
  ['transform', 'none'], ['filter', 'none'], ['contain', 'none'], ['background', 'transparent'], ['max-width', 'none'], ['max-height', 'none'],
];

export class UiHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly layers = new Map<string, HTMLElement>();

  constructor(private readonly doc: Document) {
    this.element = doc.createElement('schoolscan-ui');
    for (const [property, value] of HOST_STYLE) this.element.style.setProperty(property, value, 'important');
    this.root = this.element.attachShadow({ mode: 'closed' });
    this.adoptStyles();
  }

  private adoptStyles(): void {
    const view = this.doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    try {
      const sheet = new view!.CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = UI_CSS;
      this.root.append(style);
    }
  }

  isOurs = (node: Node): boolean => node === this.element;

  /** A container in the shadow root (created on first use, mounting the host). */
  layer(name: 'overlay' | 'tooltip'): HTMLElement {
    this.mount();
    let layer = this.layers.get(name);
    if (!layer) {
      layer = this.doc.createElement('div');
      layer.className = `layer layer-${name}`;
      this.root.append(layer);
      this.layers.set(name, layer);
    }
    return layer;
  }

  private mount(): void {
    if (this.element.isConnected) return;
    this.doc.documentElement.append(this.element);
    if (typeof this.element.showPopover === 'function') {
      this.element.popover = 'manual';
      try {
        this.element.showPopover();
      } catch {
        // without the top layer the z-index still applies
      }
    }
  }

  unmount(): void {
    for (const layer of this.layers.values()) layer.remove();
    this.layers.clear();
    if (!this.element.isConnected) return;
    if (this.element.popover) {
      try {
        this.element.hidePopover();
      } catch {
        // already hidden
      }
      this.element.removeAttribute('popover');
    }
    this.element.remove();
  }
}
