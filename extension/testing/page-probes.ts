// Looks into a page from the test side: the highlights registered in it, and the text and boxes of
// our closed shadow root, which page scripts cannot see but the DevTools protocol can.
import type { Frame, Page } from 'playwright-core';

/** Highlight name → the text of each range in it, as the page's own main world sees them. */
export function highlightsIn(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const result: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!registry) return result;
    for (const [name, highlight] of registry) result[name] = [...highlight].map((range) => range.toString());
    return result;
  });
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join(' ');
}

const hasClass = (node: DomNode, name: string) => {
  const attributes = node.attributes ?? [];
  const index = attributes.indexOf('class');
  return index >= 0 && attributes[index + 1].split(/\s+/).includes(name);
};

export interface ShadowProbe {
  /** The shadow root's mode, or null when our host is not in the page. */
  mode: string | null;
  tooltipText: string | null;
  /** Centre of the tooltip in CSS pixels of the viewport. */
  tooltipCentre: { x: number; y: number } | null;
  /** Boxes the overlay drawer placed. */
  overlayBoxes: number;
}

function countAll(node: DomNode, test: (node: DomNode) => boolean): number {
  return (test(node) ? 1 : 0) + [...(node.children ?? []), ...(node.shadowRoots ?? [])].reduce((sum, child) => sum + countAll(child, test), 0);
}

export async function probeShadowUi(page: Page): Promise<ShadowProbe> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (node) => node.nodeName === 'SCHOOLSCAN-UI');
    const shadow = host?.shadowRoots?.[0] as (DomNode & { shadowRootType?: string }) | undefined;
    if (!host || !shadow) return { mode: null, tooltipText: null, tooltipCentre: null, overlayBoxes: 0 };
    const tooltip = find(shadow, (node) => hasClass(node, 'tooltip'));
    let tooltipCentre: ShadowProbe['tooltipCentre'] = null;
    if (tooltip) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: tooltip.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content;
      tooltipCentre = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    }
    return {
      mode: shadow.shadowRootType ?? null,
      tooltipText: tooltip ? textOf(tooltip).replace(/\s+/g, ' ').trim() : null,
      tooltipCentre,
      overlayBoxes: countAll(shadow, (node) => hasClass(node, 'box')),
    };
  } finally {
    await cdp.detach();
  }
}

/** The viewport rect of the first occurrence of `text` in the page's (or frame's) text nodes. */
export function textRect(target: Page | Frame, text: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return target.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    }
    return null;
  }, text);
}
