// Which elements hold blocks of text, which subtrees are never read, and what kind a block is.
import type { BLOCK_KINDS } from '../../shared/messages.ts';

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Subtrees never read: code, styling, navigation, media, form controls, embedded documents. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEAD', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO',
  'OBJECT', 'EMBED', 'IFRAME', 'FRAME', 'FRAMESET', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IMG', 'PICTURE', 'META', 'LINK',
]);

/** Elements whose own text (not that of nested blocks) forms one block. */
const BLOCK_TAGS = new Set([
  'BODY', 'P', 'DIV', 'LI', 'DD', 'DT', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'ADDRESS',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'FORM',
  'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'DIALOG', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FIGURE', 'HGROUP',
]);

export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

export function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(element)) || element.hasAttribute('hidden');
}

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/** Hidden by style. An element with `display: contents` has no box but its text shows. */
export function isHidden(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return false;
  if (element.checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions)) return false;
  const view = element.ownerDocument.defaultView;
  return !view || view.getComputedStyle(element).display !== 'contents';
}

export function kindOf(element: Element): { kind: BlockKind; headingLevel?: number } {
  const tag = tagOf(element);
  if (/^H[1-6]$/.test(tag)) return { kind: 'heading', headingLevel: Number(tag[1]) };
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return { kind: 'list-item' };
  if (tag === 'TD' || tag === 'TH') return { kind: 'table-cell' };
  return { kind: 'paragraph' };
}

/** The block an element's text belongs to: itself or its nearest block ancestor. */
export function ownerBlock(element: Element | null): Element | null {
  for (let current = element; current; current = current.parentElement) {
    if (isBlock(current)) return current;
  }
  return null;
}
