import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../shared/src/index.ts';
import { readCorpus, unitsOf } from '../scripts/corpus.ts';

// The fresh set (classifier/fresh/) is held to the same format, and its ids may not repeat the corpus's.
const corpus = [...readCorpus(), ...readCorpus('fresh')];

describe('labelled corpus', () => {
  it('gives every passage its own id and a known label', () => {
    const ids = corpus.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(corpus.filter((p) => p.label !== 'none' && !(CATEGORIES as readonly string[]).includes(p.label)).map((p) => p.id)).toEqual([]);
  });

  it('marks each violation with triggers that occur in its text', () => {
    const unmarked = corpus.filter((p) => p.label !== 'none' && !p.borderline && ![p.trigger, ...(p.moreTriggers ?? [])].every((t) => t && p.text.includes(t)));
    expect(unmarked.map((p) => p.id)).toEqual([]);
  });

  it('keeps the label on each piece classify cuts a violation into that holds a trigger, and only there', () => {
    const guide = corpus.find((p) => p.moreTriggers?.length)!;
    const pieces = unitsOf(guide);
    const labelled = pieces.filter((u) => u.label === guide.label);
    expect(labelled.length).toBe(1 + guide.moreTriggers!.length);
    for (const piece of labelled) expect([guide.trigger!, ...guide.moreTriggers!].some((t) => piece.text.includes(t.slice(0, 20)))).toBe(true);
    expect(pieces.length).toBeGreaterThan(labelled.length);
  });
});
