import { describe, expect, it } from 'vitest';
import { extractionError } from './fixtures/expect-extract-error.ts';
import { ExtractError } from './extract-error.ts';
import { makePdf, makeSchoolGuide, PLANTED_SENTENCE } from './fixtures/school-guide-pdf.ts';
import { extractPdf } from './pdf-extractor.ts';

describe('extractPdf', () => {
  it('extracts a three-page guide into paragraphs with page numbers, locators and the title', async () => {
    const result = await extractPdf(await makeSchoolGuide());
    expect(result.pageCount).toBe(3);
    expect(result.title).toBe('Schoolgids De Regenboog');
    expect(result.document.blocks).toEqual([
      { kind: 'pdf-lines', pdfPage: 1, locator: 'pdf:page=1;block=1', text: 'Schoolgids 2024-2025' },
      {
        kind: 'pdf-lines',
        pdfPage: 1,
        locator: 'pdf:page=1;block=2',
        text:
          'Welkom bij Basisschool De Regenboog. In deze gids leest u hoe ons onderwijs is georganiseerd, ' +
          'wie u kunt aanspreken en wat de school van u verwacht als ouder of verzorger van een van onze leerlingen.',
      },
      { kind: 'pdf-lines', pdfPage: 1, locator: 'pdf:page=1;block=3', text: 'De school ligt in Noord-Holland, vlak bij het station.' },
      { kind: 'pdf-lines', pdfPage: 2, locator: 'pdf:page=2;block=1', text: 'Schoolkosten' },
      {
        kind: 'pdf-lines',
        pdfPage: 2,
        locator: 'pdf:page=2;block=2',
        text: 'De vrijwillige ouderbijdrage is € 45 per jaar. De ouder- en leerlingenraad beslist mee.',
      },
      { kind: 'pdf-lines', pdfPage: 2, locator: 'pdf:page=2;block=3', text: PLANTED_SENTENCE },
      { kind: 'pdf-lines', pdfPage: 3, locator: 'pdf:page=3;block=1', text: 'Vragen? Neem contact op met de administratie.' },
    ]);
  });

  it('reads no more than maxPages pages but reports the real page count', async () => {
    const result = await extractPdf(await makeSchoolGuide(), { maxPages: 1 });
    expect(result.pageCount).toBe(3);
    expect(new Set(result.document.blocks.map((block) => block.pdfPage))).toEqual(new Set([1]));
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = await makeSchoolGuide();
    const copy = bytes.slice();
    await extractPdf(bytes);
    expect(bytes).toEqual(copy);
  });

  it('fails with corrupt-pdf for a truncated file', async () => {
    const bytes = await makeSchoolGuide();
    const error = await extractionError(extractPdf(bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.reason).toBe('corrupt-pdf');
    expect(error.message).toMatch(/could not be opened/);
  });

  it('fails with corrupt-pdf, saying why, for a password-protected file', async () => {
    const bytes = await makePdf([(pdf) => pdf.text('Geheim')], { userPassword: 'geheim', pdfVersion: '1.7' });
    const error = await extractionError(extractPdf(bytes));
    expect(error.reason).toBe('corrupt-pdf');
    expect(error.message).toMatch(/password/);
  });

  it('fails with corrupt-pdf for bytes that are no PDF at all', async () => {
    const error = await extractionError(extractPdf(new Uint8Array(Buffer.from('%PDF-1.7\nniet echt een pdf'))));
    expect(error.reason).toBe('corrupt-pdf');
  });

  it('fails with empty for a PDF without text, such as a scan', async () => {
    const bytes = await makePdf([(pdf) => pdf.rect(50, 50, 200, 100).fill('#336699')]);
    const error = await extractionError(extractPdf(bytes));
    expect(error.reason).toBe('empty');
  });
});
