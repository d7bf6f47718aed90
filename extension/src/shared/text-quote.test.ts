import { describe, expect, it } from 'vitest';
import { locateQuote, quoteFromText } from './text-quote.ts';

describe('text-quote selectors', () => {
  const block = 'Welkom. De ouderbijdrage is verplicht. Ook de excursie is verplicht voor iedereen.';

  it('cuts exact, prefix and suffix from the block', () => {
    const start = block.indexOf('verplicht');
    const quote = quoteFromText(block, start, start + 9, 10);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'verplicht', prefix: 'erbijdrage is '.slice(-10), suffix: '. Ook de e' });
  });

  it('clamps at the edges of the text', () => {
    expect(quoteFromText('kort', 0, 99)).toMatchObject({ exact: 'kort', prefix: '', suffix: '' });
  });

  it('finds the right one of two identical words by its context', () => {
    const second = block.lastIndexOf('verplicht');
    const quote = quoteFromText(block, second, second + 9);
    expect(locateQuote(block, quote)).toBe(second);
    expect(locateQuote(`Nieuw: ${block}`, quote)).toBe(second + 7);
    expect(locateQuote('niets hier', quote)).toBe(-1);
  });
});
