import { describe, expect, it } from 'vitest';
import { chooseDrawerKind } from './drawer.ts';

describe('chooseDrawerKind', () => {
  it('prefers the Highlight API, falls back to the overlay, and honours explicit modes', () => {
    expect(chooseDrawerKind('auto', true)).toBe('highlight-api');
    expect(chooseDrawerKind('auto', false)).toBe('overlay');
    expect(chooseDrawerKind('overlay', true)).toBe('overlay');
    expect(chooseDrawerKind('none', true)).toBe('none');
  });
});
