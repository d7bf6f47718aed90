import { describe, expect, it } from 'vitest';
import { HASH_PATTERN, hashText } from './hash.ts';

describe('hashText', () => {
  it('is stable and has the documented shape', () => {
    expect(hashText('De ouderbijdrage is vrijwillig.')).toBe(hashText('De ouderbijdrage is vrijwillig.'));
    expect(hashText('')).toMatch(HASH_PATTERN);
    expect(hashText('x'.repeat(10_000))).toMatch(HASH_PATTERN);
  });

  it('tells near-identical texts apart', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hashText(`alinea ${i}`));
    expect(seen.size).toBe(20_000);
    expect(hashText('verplicht')).not.toBe(hashText('Verplicht'));
  });
});
