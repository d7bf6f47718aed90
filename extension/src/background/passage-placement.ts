// Where a classifier finding sits inside its block's text. The classifier reports the passage and
// usually its offset in the block; when the offset does not fit the text, the passage is searched.
import type { Finding } from '../shared/types.ts';

export interface Placement {
  /** Passage [start, end) in the block text. */
  start: number;
  end: number;
  /** Trigger words [start, end) in the block text, inside the passage. */
  triggerStart: number;
  triggerEnd: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(Number.isFinite(value) ? value : min, min), max);
}

export function placePassage(blockText: string, finding: Pick<Finding, 'text' | 'span' | 'blockOffset'>): Placement {
  const passage = finding.text ?? '';
  let start = finding.blockOffset ?? -1;
  if (start < 0 || blockText.slice(start, start + passage.length) !== passage) start = passage ? blockText.indexOf(passage) : -1;
  let end = start + passage.length;
  if (start < 0) {
    // The passage is not in the block as such (normalised differently): mark the whole block.
    start = 0;
    end = blockText.length;
  }
  const triggerStart = clamp(start + (finding.span?.start ?? 0), start, end);
  const triggerEnd = clamp(start + (finding.span?.end ?? passage.length), triggerStart, end);
  return { start, end, triggerStart, triggerEnd };
}
