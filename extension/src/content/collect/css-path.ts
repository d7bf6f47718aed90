// CSS selector paths for block elements, as locators. Sibling positions are counted once per parent
// and cached for one survey, so 20,000 siblings do not cost 20,000² steps.
export class CssPathBuilder {
  private readonly positions = new WeakMap<Element, Map<Element, number>>();

  constructor(private readonly prefix = '') {}

  pathOf(element: Element): string {
    const parts: string[] = [];
    for (let current: Element | null = element; current && current.parentElement; current = current.parentElement) {
      if (current.id && /^[A-Za-z][\w-]*$/.test(current.id)) {
        parts.unshift(`#${current.id}`);
        return this.prefix + parts.join(' > ');
      }
      parts.unshift(`${current.localName}:nth-of-type(${this.positionOf(current)})`);
    }
    parts.unshift('html');
    return this.prefix + parts.join(' > ');
  }

  private positionOf(element: Element): number {
    const parent = element.parentElement!;
    let positions = this.positions.get(parent);
    if (!positions) {
      positions = new Map();
      const counts = new Map<string, number>();
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        const n = (counts.get(child.localName) ?? 0) + 1;
        counts.set(child.localName, n);
        positions.set(child, n);
      }
      this.positions.set(parent, positions);
    }
    return positions.get(element) ?? 1;
  }
}
