// The text nodes that belong to a block element: its descendants, minus nested blocks, skipped
// and hidden subtrees. The survey and the drawer both use this, so offsets agree.
import { isBlock, isHidden, isSkipped } from './block-rules.ts';

/** A run is a text node, or a line break element that separates words. */
export type OwnRun = Text | HTMLBRElement;

export function ownRuns(block: Element, isOurs: (element: Element) => boolean): OwnRun[] {
  const runs: OwnRun[] = [];
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        runs.push(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (element.tagName === 'BR') runs.push(element as HTMLBRElement);
        else if (!isBlock(element) && !isSkipped(element) && !isOurs(element) && !isHidden(element)) visit(element);
      }
    }
  };
  visit(block);
  return runs;
}

export function runTexts(runs: readonly OwnRun[]): string[] {
  return runs.map((run) => (run.nodeType === Node.TEXT_NODE ? (run as Text).data : '\n'));
}
