import { describe, expect, it } from 'vitest';
import { normaliseRuns, rawRange, splitLongText } from './block-text.ts';

describe('normaliseRuns', () => {
  it('collapses and trims whitespace across runs', () => {
    expect(normaliseRuns(['  De ouder', 'bijdrage\n\t is ', '  verplicht. '])).toBe('De ouderbijdrage is verplicht.');
    expect(normaliseRuns(['\u00a0', ' '])).toBe('');
  });
});

describe('rawRange', () => {
  const runs = ['  De ouder', 'bijdrage\n\t is ', '  verplicht. '];
  const text = normaliseRuns(runs);

  it('maps a clean range back to runs and raw offsets', () => {
    const start = text.indexOf('bijdrage');
    const range = rawRange(runs, start, start + 'bijdrage is verplicht'.length);
    expect(range).toEqual({ start: { run: 1, offset: 0 }, end: { run: 2, offset: 11 } });
  });

  it('round-trips every word of the text', () => {
    for (const word of text.split(' ')) {
      const start = text.indexOf(word);
      const range = rawRange(runs, start, start + word.length)!;
      const raw = range.start.run === range.end.run
        ? runs[range.start.run].slice(range.start.offset, range.end.offset)
        : runs[range.start.run].slice(range.start.offset) + runs[range.end.run].slice(0, range.end.offset);
      expect(raw).toBe(word);
    }
  });

  it('refuses ranges outside the text', () => {
    expect(rawRange(runs, 5, 5)).toBeNull();
    expect(rawRange(runs, 0, text.length + 1)).toBeNull();
  });
});

describe('splitLongText', () => {
  it('keeps short text whole and splits long text at spaces', () => {
    expect(splitLongText('kort', 10)).toEqual([{ start: 0, text: 'kort' }]);
    const long = Array.from({ length: 50 }, (_, i) => `woord${i}`).join(' ');
    const pieces = splitLongText(long, 40);
    expect(pieces.map((p) => p.text).join('')).toBe(long);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(40);
      expect(long.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
    }
  });
});
