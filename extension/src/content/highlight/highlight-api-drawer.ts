// Paints marks with the CSS Custom Highlight API: ranges in four named highlights and one adopted
// stylesheet with the ::highlight() rules. Nothing is inserted into the page's DOM.
import type { Category, Level } from '../../shared/types.ts';
import type { Drawer, Mark } from './drawer.ts';
import { highlightCss, highlightName, MARK_KEYS } from './mark-style.ts';

type HighlightView = Window & {
  Highlight: new () => Highlight;
  CSS: { highlights: HighlightRegistry };
  CSSStyleSheet: typeof CSSStyleSheet;
};

export class HighlightApiDrawer implements Drawer {
  readonly kind = 'highlight-api' as const;
  private highlights: Map<string, Highlight> | null = null;
  private sheet: CSSStyleSheet | null = null;

  /** `onStylesRefused` is called when the page will not take our stylesheet (the caller injects it another way). */
  constructor(private readonly doc: Document, private readonly onStylesRefused: () => void = () => undefined) {}

  private get view(): HighlightView {
    return this.doc.defaultView as unknown as HighlightView;
  }

  private install(): Map<string, Highlight> {
    if (this.highlights) return this.highlights;
    const view = this.view;
    const highlights = new Map<string, Highlight>();
    for (const [category, level] of MARK_KEYS) {
      const highlight = new view.Highlight();
      highlight.priority = level === 'likely' ? 2 : 1;
      highlights.set(highlightName(category, level), highlight);
      view.CSS.highlights.set(highlightName(category, level), highlight);
    }
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(highlightCss());
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      this.onStylesRefused();
    }
    this.highlights = highlights;
    return highlights;
  }

  private highlightFor(category: Category, level: Level): Highlight | undefined {
    return this.install().get(highlightName(category, level));
  }

  draw(mark: Mark): void {
    this.highlightFor(mark.finding.category, mark.finding.level)?.add(mark.range);
  }

  erase(mark: Mark): void {
    this.highlightFor(mark.finding.category, mark.finding.level)?.delete(mark.range);
  }

  clear(): void {
    if (!this.highlights) return;
    const registry = this.view?.CSS?.highlights;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      if (registry?.get(name) === highlight) registry.delete(name);
    }
    this.highlights = null;
    if (this.sheet) {
      const ours = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== ours);
      this.sheet = null;
    }
  }
}
