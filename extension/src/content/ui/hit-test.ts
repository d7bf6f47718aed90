// Which mark is under the pointer. Highlights are not elements, so the caret position at the point
// gives the text node; from there up to its block, and the block's marks are checked by their rects.
import type { Mark } from '../highlight/drawer.ts';

/** Older browsers have only one of the two caret functions. */
interface CaretLookups {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function nodeAtPoint(doc: Document, x: number, y: number): Node | null {
  const lookups = doc as unknown as CaretLookups;
  if (typeof lookups.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (typeof lookups.caretRangeFromPoint === 'function') return doc.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return doc.elementFromPoint(x, y);
}

function containsPoint(rects: DOMRectList, x: number, y: number): DOMRect | null {
  for (const rect of rects) if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  return null;
}

/** The mark under (x, y) in `doc`'s viewport, with the rect of the line that was hit. */
export function markAtPoint(doc: Document, x: number, y: number, marksOn: (element: Element) => readonly Mark[]): { mark: Mark; rect: DOMRect } | null {
  const node = nodeAtPoint(doc, x, y);
  let element = node ? (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement) : null;
  for (; element; element = element.parentElement) {
    for (const mark of marksOn(element)) {
      const rect = containsPoint(mark.range.getClientRects(), x, y);
      if (rect) return { mark, rect };
    }
  }
  return null;
}
