// Reads the blocks of a subtree in slices: a few hundred elements or a few milliseconds at a time,
// so that a page of 20,000 paragraphs stays responsive while it is read.
import { hashText } from '../../shared/hash.ts';
import { MAX_BLOCK_CHARS } from '../../shared/messages.ts';
import { type BlockKind, isBlock, isHidden, isSkipped, kindOf, tagOf } from './block-rules.ts';
import { normaliseRuns, splitLongText } from './block-text.ts';
import type { CssPathBuilder } from './css-path.ts';
import { ownRuns, runTexts } from './own-text.ts';

/** One block of text: an element's own text, or a piece of it when the text is very long. */
export interface BlockRecord {
  element: Element;
  /** Offset of this piece in the element's whole normalised text. */
  pieceStart: number;
  text: string;
  hash: string;
  kind: BlockKind;
  headingLevel?: number;
  locator: string;
}

export interface SurveyContext {
  isOurs(element: Element): boolean;
  onFrame(frame: HTMLIFrameElement | HTMLFrameElement): void;
  paths: CssPathBuilder;
}

const MIN_BLOCK_CHARS = 3;
const PIECE_CHARS = Math.min(8000, MAX_BLOCK_CHARS);

/** The records of one block element (none when it has too little text of its own). */
export function readBlock(element: Element, context: SurveyContext): BlockRecord[] {
  const text = normaliseRuns(runTexts(ownRuns(element, context.isOurs)));
  if (text.length < MIN_BLOCK_CHARS) return [];
  const { kind, headingLevel } = kindOf(element);
  const locator = context.paths.pathOf(element);
  return splitLongText(text, PIECE_CHARS).map((piece) => ({
    element, pieceStart: piece.start, text: piece.text, hash: hashText(piece.text), kind, headingLevel, locator,
  }));
}

export class BlockSurvey {
  private readonly walker: TreeWalker;
  private rootPending = true;
  private finished = false;

  constructor(private readonly root: Element, private readonly context: SurveyContext) {
    const filter = (node: Node) => this.accept(node as Element);
    this.walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, { acceptNode: filter });
  }

  get done(): boolean {
    return this.finished;
  }

  private accept(element: Element): number {
    if (this.context.isOurs(element)) return NodeFilter.FILTER_REJECT;
    const tag = tagOf(element);
    if (tag === 'IFRAME' || tag === 'FRAME') {
      this.context.onFrame(element as HTMLIFrameElement);
      return NodeFilter.FILTER_REJECT;
    }
    if (isSkipped(element)) return NodeFilter.FILTER_REJECT;
    if (isBlock(element) && isHidden(element)) return NodeFilter.FILTER_REJECT;
    return NodeFilter.FILTER_ACCEPT;
  }

  /** A root added inside navigation, a script or our own host is not read. */
  private ancestorsReadable(): boolean {
    for (let current = this.root.parentElement; current; current = current.parentElement) {
      if (isSkipped(current) || this.context.isOurs(current)) return false;
    }
    return true;
  }

  /** Reads blocks until `deadline` (performance.now()) or `maxElements`; call again until `done`. */
  step(deadline: number, maxElements: number, into: BlockRecord[]): void {
    if (this.rootPending) {
      this.rootPending = false;
      if (!this.root.isConnected || !this.ancestorsReadable() || this.accept(this.root) !== NodeFilter.FILTER_ACCEPT) {
        this.finished = true;
        return;
      }
      if (isBlock(this.root)) into.push(...readBlock(this.root, this.context));
    }
    for (let seen = 0; seen < maxElements; seen++) {
      const element = this.walker.nextNode() as Element | null;
      if (!element) {
        this.finished = true;
        return;
      }
      if (isBlock(element)) into.push(...readBlock(element, this.context));
      if ((seen & 15) === 15 && performance.now() > deadline) return;
    }
  }
}
