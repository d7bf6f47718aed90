import { describe, expect, it } from 'vitest';
import { boolean, integer, InvalidMessageError, listOf, oneOf, optional, record, text, webUrl } from './validate.ts';

describe('message checkers', () => {
  const block = record({ text: text(10), kind: oneOf(['a', 'b'] as const), level: optional(integer(1, 6)) });

  it('accepts a good value and drops unknown fields', () => {
    expect(block({ text: 'hoi', kind: 'a', extra: 1 }, 'block')).toEqual({ text: 'hoi', kind: 'a' });
  });

  it('names the path of the first problem', () => {
    expect(() => listOf(block, 5)([{ text: 'hoi', kind: 'c' }], 'blocks')).toThrow('blocks[0].kind');
    expect(() => block({ text: 'x'.repeat(11), kind: 'a' }, 'b')).toThrow(InvalidMessageError);
    expect(() => listOf(boolean, 1)([true, false], 'flags')).toThrow('more than 1');
    expect(() => integer(0, 3)(2.5, 'n')).toThrow();
  });

  it('accepts only http and https page URLs', () => {
    expect(webUrl('https://school.example/ouders', 'url')).toBe('https://school.example/ouders');
    expect(() => webUrl('javascript:alert(1)', 'url')).toThrow('not a web URL');
    expect(() => webUrl('chrome-extension://abc/x', 'url')).toThrow();
    expect(() => webUrl(42, 'url')).toThrow();
  });
});
