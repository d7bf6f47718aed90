import { describe, expect, it } from 'vitest';
import { placePassage } from './passage-placement.ts';

describe('placePassage', () => {
  const block = 'Welkom op school. De ouderbijdrage van € 50 is verplicht. Tot ziens.';
  const passage = 'De ouderbijdrage van € 50 is verplicht.';
  const at = block.indexOf(passage);
  const span = { start: passage.indexOf('verplicht'), end: passage.indexOf('verplicht') + 9 };

  it('uses the offset the classifier gives when it fits', () => {
    expect(placePassage(block, { text: passage, span, blockOffset: at })).toEqual({
      start: at, end: at + passage.length, triggerStart: at + span.start, triggerEnd: at + span.end,
    });
  });

  it('searches for the passage when the offset is wrong or missing', () => {
    expect(placePassage(block, { text: passage, span, blockOffset: 3 }).start).toBe(at);
    expect(placePassage(block, { text: passage, span }).start).toBe(at);
  });

  it('falls back to the whole block and keeps the trigger inside it', () => {
    const placed = placePassage(block, { text: 'iets anders', span: { start: 2, end: 500 } });
    expect(placed).toEqual({ start: 0, end: block.length, triggerStart: 2, triggerEnd: block.length });
  });
});
