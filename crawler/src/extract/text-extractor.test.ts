import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from './text-extractor.ts';

const nieuwsbrief = readFileSync(new URL('./fixtures/nieuwsbrief.txt', import.meta.url), 'utf8');

describe('extractText', () => {
  it('splits on blank lines, makes marked lines list items and keeps line locators', () => {
    expect(extractText(nieuwsbrief).blocks).toEqual([
      { kind: 'heading', headingLevel: 1, text: 'Nieuwsbrief september', locator: 'text:lines=1-1' },
      { kind: 'paragraph', text: 'Beste ouders en verzorgers,', locator: 'text:lines=3-3' },
      {
        kind: 'paragraph',
        text: 'Dit schooljaar vragen wij weer een vrijwillige ouderbijdrage van € 45. Alle kinderen doen mee.',
        locator: 'text:lines=5-6',
      },
      { kind: 'paragraph', text: 'Daarvan betalen wij:', locator: 'text:lines=8-8' },
      { kind: 'list-item', text: 'het sinterklaasfeest', locator: 'text:lines=9-9' },
      { kind: 'list-item', text: 'de sportdag, inclusief vervoer en lunch', locator: 'text:lines=10-11' },
      { kind: 'list-item', text: 'de schoolreis naar de Efteling', locator: 'text:lines=12-12' },
      { kind: 'list-item', text: 'Betaal via de app.', locator: 'text:lines=13-13' },
      { kind: 'list-item', text: 'Of contant bij de administratie.', locator: 'text:lines=14-14' },
    ]);
  });

  it('handles Windows line ends, stray whitespace and empty input', () => {
    expect(extractText('Eerste\r\nregel\r\n\r\n  \r\nTweede').blocks.map((block) => block.text)).toEqual(['Eerste regel', 'Tweede']);
    expect(extractText('').blocks).toEqual([]);
    expect(extractText('\n \n').blocks).toEqual([]);
  });

  it('does not take a year or an amount at the start of a line for a list marker', () => {
    expect(extractText('2024 was een goed jaar.\n45,- per kind.').blocks).toEqual([
      { kind: 'paragraph', text: '2024 was een goed jaar. 45,- per kind.', locator: 'text:lines=1-2' },
    ]);
  });
});
