// Turns an offset range in a block's clean text back into a DOM Range over its text nodes.
import type { BlockRecord } from '../collect/block-survey.ts';
import { normaliseRuns, rawRange, type RawPosition } from '../collect/block-text.ts';
import { type OwnRun, ownRuns, runTexts } from '../collect/own-text.ts';

function setBoundary(range: Range, runs: OwnRun[], position: RawPosition, edge: 'start' | 'end'): void {
  const run = runs[position.run];
  if (run.nodeType === Node.TEXT_NODE) {
    if (edge === 'start') range.setStart(run, position.offset);
    else range.setEnd(run, position.offset);
  } else if (edge === 'start') range.setStartBefore(run);
  else range.setEndAfter(run);
}

/**
 * The Range of [start, end) in the record's text, or null when the page changed under us (the
 * element's text no longer matches what was surveyed; the mutation batch will re-read it).
 */
export function rangeFor(record: BlockRecord, start: number, end: number, isOurs: (element: Element) => boolean): Range | null {
  const runs = ownRuns(record.element, isOurs);
  const texts = runTexts(runs);
  const whole = normaliseRuns(texts);
  if (whole.slice(record.pieceStart, record.pieceStart + record.text.length) !== record.text) return null;
  const raw = rawRange(texts, record.pieceStart + start, record.pieceStart + end);
  if (!raw) return null;
  const range = record.element.ownerDocument.createRange();
  setBoundary(range, runs, raw.start, 'start');
  setBoundary(range, runs, raw.end, 'end');
  return range;
}
