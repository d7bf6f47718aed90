import { describe, expect, it } from 'vitest';
import { anchorsOf } from './literal-anchors.ts';

describe('anchorsOf', () => {
  it('takes one required literal per alternative', () => {
    expect(anchorsOf('(?:\\w*bijdrage\\w*|\\w*kosten|schoolgeld)')?.sort()).toEqual(['bijdrage', 'kosten', 'schoolgeld']);
  });

  it('skips optional parts and character classes', () => {
    expect(anchorsOf('(?:vrijwillige )?bijdrage')).toEqual(['bijdrage']);
    expect(anchorsOf('tarie[fv]\\w*')).toEqual(['tarie']);
    expect(anchorsOf('rekenen (?:er)?op')).toEqual(['rekenen']);
  });

  it('takes the euro sign as a literal of its own', () => {
    expect(anchorsOf('€ ?\\d+|kosten')?.sort()).toEqual(['kosten', '€']);
  });

  it('gives up when an alternative has no literal of three letters', () => {
    expect(anchorsOf('\\d+ ?x|kosten')).toBeNull();
    expect(anchorsOf('ib|kosten')).toBeNull();
  });

  it('never treats a quantified letter as required', () => {
    expect(anchorsOf('readers?')).toEqual(['reader']);
    expect(anchorsOf('kaa?rt')).toBeNull();
  });
});
