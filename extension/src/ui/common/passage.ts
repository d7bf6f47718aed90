// A finding's passage with its trigger words marked, shortened around the trigger.
import type { PageFinding } from '../../shared/types.ts';
import { el } from './dom.ts';

export function passageElement(finding: PageFinding, context = 120): HTMLElement {
  const { text, span } = finding;
  const from = Math.max(0, span.start - context);
  const to = Math.min(text.length, span.end + context);
  return el(
    'q',
    { class: 'passage' },
    `${from > 0 ? '…' : ''}${text.slice(from, span.start)}`,
    el('mark', {}, text.slice(span.start, span.end)),
    `${text.slice(span.end, to)}${to < text.length ? '…' : ''}`,
  );
}
