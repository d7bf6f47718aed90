import { describe, expect, it } from 'vitest';
import { groupPdfLines, type PdfTextItem } from './pdf-lines.ts';

/** A text item at baseline (x, y) in an 11-point font, about 5 points per character wide. */
function item(str: string, x: number, y: number, options: { size?: number; eol?: boolean } = {}): PdfTextItem {
  const size = options.size ?? 11;
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.45, height: size, hasEOL: options.eol ?? false };
}

/** Lines of one column, 13 points apart, starting at y = 700; "" starts a new paragraph (an extra blank line). */
function column(lines: string[], x = 72): PdfTextItem[] {
  let y = 700;
  const items: PdfTextItem[] = [];
  for (const line of lines) {
    if (line === '') y -= 13;
    else items.push(item(line, x, y, { eol: true }));
    y -= 13;
  }
  return items;
}

describe('groupPdfLines', () => {
  it('joins the lines of a paragraph and splits paragraphs at a wider gap', () => {
    expect(groupPdfLines(column(['De ouderbijdrage is', 'vrijwillig.', '', 'Alle kinderen', 'doen mee.']))).toEqual([
      'De ouderbijdrage is vrijwillig.',
      'Alle kinderen doen mee.',
    ]);
  });

  it('de-hyphenates only a lower-case joint', () => {
    expect(groupPdfLines(column(['de ouder-', 'bijdrage, het Rode', 'Kruis-', 'Ziekenhuis, de ouder-', 'en leerlingenraad']))).toEqual([
      'de ouderbijdrage, het Rode Kruis-Ziekenhuis, de ouder- en leerlingenraad',
    ]);
  });

  it('keeps an amount’s ",-" and a soft hyphen apart from de-hyphenation', () => {
    expect(groupPdfLines(column(['kosten € 45,-', 'per jaar, school\u00ad', 'reis']))).toEqual(['kosten € 45,- per jaar, schoolreis']);
  });

  it('puts items on one baseline on one line, with a space only where there is a gap', () => {
    const items = [item('Ouder', 72, 700), item('bijdrage', 72 + 5 * 11 * 0.45, 700), item('€ 45', 200, 700.5), item('2', 230, 704, { size: 7 })];
    expect(groupPdfLines(items)).toEqual(['Ouderbijdrage € 45 2']);
  });

  it('starts a new paragraph at a heading (font size change) and at a new column (text jumps up)', () => {
    const items = [
      item('Schoolkosten', 72, 720, { size: 16, eol: true }),
      ...column(['Linker kolom loopt', 'door tot onder.']),
      ...column(['Rechter kolom begint', 'weer bovenaan.'], 320),
    ];
    expect(groupPdfLines(items)).toEqual(['Schoolkosten', 'Linker kolom loopt door tot onder.', 'Rechter kolom begint weer bovenaan.']);
  });

  it('returns nothing for a page without text', () => {
    expect(groupPdfLines([item('', 72, 700, { eol: true }), item('   ', 72, 680)])).toEqual([]);
  });
});
