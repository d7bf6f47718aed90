// A block's text is the concatenation of its text runs with whitespace collapsed and trimmed. The
// drawer needs the way back, from an offset in that clean text to a run and an offset in its raw
// text; it is recomputed on demand (findings are few) instead of storing a map per character.
const WHITESPACE = /\s/;

export interface RawPosition {
  run: number;
  offset: number;
}

/** Walks the normalised text, calling `emit(char, run, rawOffset)` for each character it produces. */
function walkNormalised(runs: readonly string[], emit: (char: string, run: number, offset: number) => boolean | void): void {
  let produced = 0;
  let pendingSpace: RawPosition | null = null;
  for (let run = 0; run < runs.length; run++) {
    const raw = runs[run];
    for (let offset = 0; offset < raw.length; offset++) {
      const char = raw[offset];
      if (WHITESPACE.test(char)) {
        if (produced > 0 && !pendingSpace) pendingSpace = { run, offset };
        continue;
      }
      if (pendingSpace) {
        if (emit(' ', pendingSpace.run, pendingSpace.offset) === false) return;
        produced++;
        pendingSpace = null;
      }
      if (emit(char, run, offset) === false) return;
      produced++;
    }
  }
}

export function normaliseRuns(runs: readonly string[]): string {
  const parts: string[] = [];
  let chunk = '';
  walkNormalised(runs, (char) => {
    chunk += char;
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  });
  parts.push(chunk);
  return parts.join('');
}

/**
 * Raw position of the normalised range [start, end): the start is just before character `start`,
 * the end just after character `end - 1`. Null when the range lies outside the text.
 */
export function rawRange(runs: readonly string[], start: number, end: number): { start: RawPosition; end: RawPosition } | null {
  if (start < 0 || end <= start) return null;
  let index = 0;
  let from: RawPosition | null = null;
  let to: RawPosition | null = null;
  walkNormalised(runs, (_char, run, offset) => {
    if (index === start) from = { run, offset };
    if (index === end - 1) {
      to = { run, offset: offset + 1 };
      return false;
    }
    index++;
    return true;
  });
  return from && to ? { start: from, end: to } : null;
}

/** Cuts a long text into pieces of at most `max` characters, at a space where possible. */
export function splitLongText(text: string, max: number): { start: number; text: string }[] {
  if (text.length <= max) return [{ start: 0, text }];
  const pieces: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + max / 2) end = space + 1;
    }
    pieces.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return pieces;
}
