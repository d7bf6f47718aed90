import { describe, expect, it } from 'vitest';
import { highlightCss, highlightName, MARK_KEYS, markColours } from './mark-style.ts';

describe('mark style', () => {
  it('has four distinct highlight names, valid as CSS identifiers', () => {
    const names = MARK_KEYS.map(([category, level]) => highlightName(category, level));
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z-]+$/);
  });

  it('tells the categories apart by colour and the levels by strength and line', () => {
    const a = markColours('commercial-tutoring', 'likely');
    const b = markColours('mandatory-contribution', 'likely');
    const c = markColours('commercial-tutoring', 'review');
    expect(a.line).not.toBe(b.line);
    expect(a.lineStyle).toBe('solid');
    expect(c.lineStyle).toBe('dotted');
    expect(a.fill).not.toBe(c.fill);
  });

  it('writes one ::highlight rule per name', () => {
    expect(highlightCss().match(/::highlight\(/g)).toHaveLength(4);
  });
});
