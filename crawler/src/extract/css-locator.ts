import { isElement, parentElement, type AnyNode, type Element } from './dom.ts';

interface SiblingIndex {
  /** 1-based position among element siblings with the same tag name. */
  sameName: number;
  /** 1-based position among all element siblings. */
  child: number;
  onlyOfItsName: boolean;
}

const PLAIN_TAG_NAME = /^[a-z][a-z0-9-]*$/;
const PLAIN_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
/** Parents with more child nodes than this get their children indexed once instead of rescanned. */
const WIDE_PARENT = 32;

/**
 * Builds CSS selectors that find an element again in the same HTML, in cheerio and in a browser:
 * a child-combinator path of `tag:nth-of-type(n)` steps, anchored at the nearest ancestor with a
 * document-unique id, else at `body`. Each step is exact given its parent, so the path matches one
 * element only.
 *
 * Built for blocks located in document order: the previous element's ancestor chain is reused, so the
 * cost per block is the few steps below the shared ancestor. (Keying a Map by every node would cost more
 * than the rest of the extraction on a large page.)
 */
export function createLocator(elements: readonly Element[]): (element: Element) => string {
  let idCounts: Map<string, number> | undefined;
  const wideParentIndexes = new Map<Element, Map<Element, SiblingIndex>>();
  let chain: Element[] = [];
  let chainSelectors: string[] = [];

  const anchorFor = (element: Element): string | undefined => {
    if (element.name === 'body' || element.name === 'html') return element.name;
    const id = element.attribs.id;
    if (!id || CONTROL_CHARACTER.test(id)) return undefined;
    idCounts ??= countIds(elements);
    if (idCounts.get(id.toLowerCase()) !== 1) return undefined;
    return PLAIN_ID.test(id) ? `#${id}` : `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
  };

  const stepFor = (element: Element): string => {
    const index = siblingIndex(element, wideParentIndexes);
    if (!PLAIN_TAG_NAME.test(element.name)) return `*:nth-child(${index.child})`;
    return index.onlyOfItsName ? element.name : `${element.name}:nth-of-type(${index.sameName})`;
  };

  return (element) => {
    const below: Element[] = [];
    let known = -1;
    for (let current: Element | null = element; current; current = parentElement(current)) {
      known = chain.lastIndexOf(current);
      if (known >= 0) break;
      const anchor = anchorFor(current);
      if (anchor) {
        chain = [current];
        chainSelectors = [anchor];
        known = 0;
        break;
      }
      below.push(current);
    }
    chain.length = known + 1;
    chainSelectors.length = known + 1;
    let selector = known >= 0 ? chainSelectors[known] : '';
    for (let i = below.length - 1; i >= 0; i--) {
      const step = stepFor(below[i]);
      selector = selector ? `${selector} > ${step}` : step;
      chain.push(below[i]);
      chainSelectors.push(selector);
    }
    return selector;
  };
}

function siblingIndex(element: Element, wideParentIndexes: Map<Element, Map<Element, SiblingIndex>>): SiblingIndex {
  const parent = parentElement(element);
  if (!parent || parent.children.length <= WIDE_PARENT) return scanForIndex(element.parent?.children ?? [element], element);
  let indexes = wideParentIndexes.get(parent);
  if (!indexes) {
    indexes = indexAll(parent.children.filter(isElement));
    wideParentIndexes.set(parent, indexes);
  }
  return indexes.get(element)!;
}

function scanForIndex(siblings: readonly AnyNode[], element: Element): SiblingIndex {
  let sameName = 0;
  let sameNameTotal = 0;
  let elementCount = 0;
  let child = 0;
  for (const sibling of siblings) {
    if (!isElement(sibling)) continue;
    elementCount++;
    if (sibling.name === element.name) sameNameTotal++;
    if (sibling === element) {
      child = elementCount;
      sameName = sameNameTotal;
    }
  }
  return { sameName, child, onlyOfItsName: sameNameTotal === 1 };
}

function indexAll(siblings: Element[]): Map<Element, SiblingIndex> {
  const countPerName = new Map<string, number>();
  const indexes = new Map<Element, SiblingIndex>();
  for (const [position, sibling] of siblings.entries()) {
    const sameName = (countPerName.get(sibling.name) ?? 0) + 1;
    countPerName.set(sibling.name, sameName);
    indexes.set(sibling, { sameName, child: position + 1, onlyOfItsName: false });
  }
  for (const [sibling, index] of indexes) index.onlyOfItsName = countPerName.get(sibling.name) === 1;
  return indexes;
}

// Counted case-insensitively: in quirks-mode pages, which old school sites often are, `#id` ignores case.
function countIds(elements: readonly Element[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of elements) {
    const id = element.attribs.id?.toLowerCase();
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
