import type { Block, BlockKind } from '../../../shared/src/index.ts';
import { normalizeWhitespace } from '../../../shared/src/index.ts';
import { hasDescendant, isElement, isText, type AnyNode, type Element } from './dom.ts';

/** Elements that start a new block of text; everything else flows inline into the block around it. */
const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const KIND_BY_TAG: Record<string, BlockKind> = {
  p: 'paragraph', blockquote: 'paragraph', dd: 'paragraph', dt: 'paragraph', figcaption: 'paragraph',
  caption: 'paragraph', pre: 'paragraph', address: 'paragraph', summary: 'paragraph', legend: 'paragraph',
  li: 'list-item', td: 'table-cell', th: 'table-cell',
};

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** A cell holding any of these is layout or a nested structure, not one value in a data row. */
const STRUCTURE_IN_CELL = new Set(['table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
/** Longer rows are read cell by cell: joined, they would be a wall of text rather than one fact with context. */
const MAX_JOINED_ROW_LENGTH = 400;
const ROW_CELL_SEPARATOR = ' | ';
/** Past this nesting depth the rest of a subtree becomes inline text, so hostile markup cannot overflow the stack. */
const MAX_DEPTH = 400;

interface BlockContext {
  /** The element the block's locator points at: the nearest block-level ancestor. */
  container: Element;
  kind: BlockKind;
  headingLevel?: number;
}

interface BlockTarget {
  isExcluded(element: Element): boolean;
  locate(element: Element): string;
}

/**
 * Walks the document once and cuts its visible text into blocks: headings, paragraphs, list items,
 * table rows (short rows as one block, cells joined by " | " so an amount keeps its label), and text
 * loose in a container, split where the page uses a blank line (`<br><br>`).
 */
export function collectBlocks(root: AnyNode, rootElement: Element, target: BlockTarget): Block[] {
  return new BlockWalker(target).walk(root, rootElement);
}

class BlockWalker {
  private readonly blocks: Block[] = [];
  private pending = '';
  private pendingContext: BlockContext | undefined;
  /** A `<br>` was the last thing seen; a second one in a row ends the block. */
  private afterLineBreak = false;

  constructor(private readonly target: BlockTarget) {}

  walk(root: AnyNode, rootElement: Element): Block[] {
    this.visitChildren(root, { container: rootElement, kind: 'paragraph' }, 0);
    this.flush();
    return this.blocks;
  }

  private visitChildren(node: AnyNode, context: BlockContext, depth: number): void {
    if (!('children' in node)) return;
    for (const child of node.children) this.visit(child, context, depth + 1);
  }

  private visit(node: AnyNode, context: BlockContext, depth: number): void {
    if (isText(node)) {
      this.append(node.data, context);
      return;
    }
    if (!isElement(node) || this.target.isExcluded(node)) return;
    if (node.name === 'br') {
      this.lineBreak(context);
      return;
    }
    if (depth > MAX_DEPTH) {
      this.append(` ${inlineText(node, this.target)} `, context);
      return;
    }
    if (!BLOCK_LEVEL.has(node.name)) {
      this.visitChildren(node, context, depth);
      return;
    }
    this.flush();
    if (node.name === 'tr' && this.emitJoinedRow(node)) return;
    this.visitChildren(node, contextFor(node, context), depth);
    this.flush();
  }

  private emitJoinedRow(row: Element): boolean {
    const text = joinedRowText(row, this.target);
    if (text === undefined) return false;
    if (text) this.blocks.push({ kind: 'table-cell', text, locator: this.target.locate(row) });
    return true;
  }

  private append(text: string, context: BlockContext): void {
    if (this.pending === '') this.pendingContext = context;
    this.pending += text;
    if (this.afterLineBreak && text.trim()) this.afterLineBreak = false;
  }

  private lineBreak(context: BlockContext): void {
    if (this.afterLineBreak) {
      this.flush();
      return;
    }
    this.append(' ', context);
    this.afterLineBreak = true;
  }

  private flush(): void {
    const text = normalizeWhitespace(this.pending);
    const context = this.pendingContext;
    this.pending = '';
    this.afterLineBreak = false;
    if (!text || !context) return;
    const block: Block = { kind: context.kind, text, locator: this.target.locate(context.container) };
    if (context.headingLevel) block.headingLevel = context.headingLevel;
    this.blocks.push(block);
  }
}

function contextFor(element: Element, outer: BlockContext): BlockContext {
  const headingLevel = HEADING_LEVEL[element.name];
  if (headingLevel) return { container: element, kind: 'heading', headingLevel };
  const kind = KIND_BY_TAG[element.name];
  // A generic container (div, section) keeps the kind of the block it sits in: a div inside an <li> is list text.
  return kind ? { container: element, kind } : { ...outer, container: element };
}

/** The row's cells joined by " | ", "" for an empty row, or undefined when the row should not be joined. */
function joinedRowText(row: Element, target: BlockTarget): string | undefined {
  const cells = row.children.filter(
    (child): child is Element => isElement(child) && (child.name === 'td' || child.name === 'th') && !target.isExcluded(child),
  );
  if (hasDescendant(row, (element) => STRUCTURE_IN_CELL.has(element.name))) return undefined;
  const texts = cells.map((cell) => normalizeWhitespace(inlineText(cell, target))).filter(Boolean);
  const joined = texts.join(ROW_CELL_SEPARATOR);
  return joined.length > MAX_JOINED_ROW_LENGTH ? undefined : joined;
}

/** The visible text below `root` as one run: block boundaries and `<br>` become spaces. Iterative. */
function inlineText(root: Element, target: BlockTarget): string {
  const parts: string[] = [];
  // Strings on the stack are separators to emit once the element before them is done.
  const stack: Array<AnyNode | string> = [...root.children].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') parts.push(item);
    else if (isText(item)) parts.push(item.data);
    else if (isElement(item) && !target.isExcluded(item)) {
      if (item.name === 'br' || BLOCK_LEVEL.has(item.name)) {
        parts.push(' ');
        stack.push(' ');
      }
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
    }
  }
  return parts.join('');
}
