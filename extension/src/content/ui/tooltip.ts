// The explanation of one mark: category, level, score, the passage with its trigger words, the
// reasons, and a way to the guideline. Hover shows it; a click or a jump from the panel pins it.
import { categoryLabel, formatScore, levelLabel, t } from '../../shared/i18n.ts';
import type { Category, PageFinding } from '../../shared/types.ts';
import type { Mark } from '../highlight/drawer.ts';

const PASSAGE_CONTEXT = 160;

export interface TooltipActions {
  openGuideline(category: Category): void;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function passageWithTrigger(doc: Document, finding: PageFinding): HTMLElement {
  const box = element(doc, 'div', 'passage');
  const { text, span } = finding;
  const from = Math.max(0, span.start - PASSAGE_CONTEXT);
  const to = Math.min(text.length, span.end + PASSAGE_CONTEXT);
  box.append(`${from > 0 ? '… ' : ''}${text.slice(from, span.start)}`);
  box.append(element(doc, 'mark', '', text.slice(span.start, span.end)));
  box.append(`${text.slice(span.end, to)}${to < text.length ? ' …' : ''}`);
  return box;
}

export class Tooltip {
  private box: HTMLElement | null = null;
  private shown: Mark | null = null;
  private pinnedFlag = false;

  constructor(private readonly layer: () => HTMLElement, private readonly actions: TooltipActions) {}

  get mark(): Mark | null {
    return this.shown;
  }

  get pinned(): boolean {
    return this.pinnedFlag;
  }

  /** Shows the explanation next to `anchor` (viewport coordinates of the top document). */
  show(mark: Mark, anchor: DOMRect, pinned: boolean): void {
    this.pinnedFlag = pinned || (this.pinnedFlag && this.shown === mark);
    if (this.shown !== mark || !this.box) this.render(mark);
    this.place(anchor);
    if (pinned) this.box?.querySelector<HTMLButtonElement>('button.primary')?.focus({ preventScroll: true });
  }

  hide(): void {
    this.box?.remove();
    this.box = null;
    this.shown = null;
    this.pinnedFlag = false;
  }

  private render(mark: Mark): void {
    this.box?.remove();
    const layer = this.layer();
    const doc = layer.ownerDocument;
    const { finding } = mark;
    const box = element(doc, 'div', 'tooltip');
    box.dataset.category = finding.category;
    box.setAttribute('role', 'dialog');
    box.lang = t('localeTag').slice(0, 2);
    box.setAttribute('aria-label', t('tooltipLabel'));

    const head = element(doc, 'div', 'head');
    head.append(element(doc, 'span', 'category', categoryLabel(finding.category)));
    const level = element(doc, 'span', 'level', levelLabel(finding.level));
    level.dataset.level = finding.level;
    head.append(level, element(doc, 'span', 'score', t('scoreLabel', [formatScore(finding.score)])));
    box.append(head, passageWithTrigger(doc, finding));

    if (finding.reasons.length > 0) {
      box.append(element(doc, 'div', 'reasons-title', t('reasonsTitle')));
      const list = element(doc, 'ul', '');
      for (const reason of finding.reasons) list.append(element(doc, 'li', '', reason));
      box.append(list);
    }
    box.append(element(doc, 'p', 'note', t('signalNotVerdict')));

    const actions = element(doc, 'div', 'actions');
    const guideline = element(doc, 'button', 'primary', t('readGuideline'));
    guideline.addEventListener('click', () => this.actions.openGuideline(finding.category));
    const close = element(doc, 'button', '', t('close'));
    close.addEventListener('click', () => this.hide());
    actions.append(guideline, close);
    box.append(actions);

    layer.append(box);
    this.box = box;
    this.shown = mark;
  }

  private place(anchor: DOMRect): void {
    const box = this.box;
    if (!box) return;
    const view = box.ownerDocument.defaultView!;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const left = Math.min(Math.max(8, anchor.left), Math.max(8, view.innerWidth - width - 8));
    const below = anchor.bottom + 8;
    const top = below + height <= view.innerHeight - 8 || anchor.top - height - 8 < 8 ? below : anchor.top - height - 8;
    box.style.left = `${left}px`;
    box.style.top = `${Math.max(8, top)}px`;
  }
}
