import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionError } from './fixtures/expect-extract-error.ts';
import { makeSchoolGuide, PLANTED_SENTENCE } from './fixtures/school-guide-pdf.ts';
import { extractDocument, extractRenderedHtml, ExtractError } from './index.ts';

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const ouderbijdrage = fixtureBytes('ouderbijdrage.html');

describe('extractDocument', () => {
  it('extracts an HTML page with its links, title, language and encoding', async () => {
    const url = 'https://regenboog.example.nl/schoolgids/ouderbijdrage.html';
    const result = await extractDocument({ bytes: ouderbijdrage, contentType: 'text/html; charset=utf-8', url });
    expect(result).toMatchObject({ kind: 'html', title: 'Ouderbijdrage en schoolkosten | Basisschool De Regenboog', lang: 'nl' });
    expect(result.encoding).toBe('UTF-8');
    expect(result.appShell).toBe(false);
    expect(result.document.url).toBe(url);
    expect(result.document.blocks.map((block) => block.text)).toContain('Ouderbijdrage | € 45 | vrijwillig');
    expect(result.links.map((link) => link.url)).toContain('https://regenboog.example.nl/schoolgids/kosten.pdf');
  });

  it('decodes a windows-1252 page before extracting it', async () => {
    const bytes = new Uint8Array(Buffer.from('<p>De bijdrage is \x80 45, \x93vrijwillig\x94.</p>', 'latin1'));
    const result = await extractDocument({ bytes, contentType: 'text/html; charset=windows-1252' });
    expect(result.document.blocks[0].text).toBe('De bijdrage is € 45, “vrijwillig”.');
    expect(result.encoding).toBe('windows-1252');
  });

  it('recognises a PDF by its header even when it is served as HTML or has no name', async () => {
    const bytes = await makeSchoolGuide();
    for (const hints of [{ contentType: 'text/html' }, { fileName: 'download' }, {}]) {
      const result = await extractDocument({ bytes, ...hints });
      expect(result).toMatchObject({ kind: 'pdf', pageCount: 3, title: 'Schoolgids De Regenboog', links: [] });
      expect(result.document.blocks.find((block) => block.text === PLANTED_SENTENCE)?.pdfPage).toBe(2);
    }
  });

  it('reads an HTML error page served as application/pdf as HTML', async () => {
    const bytes = new Uint8Array(Buffer.from('<!DOCTYPE html><title>Niet gevonden</title><p>Dit bestand bestaat niet meer.</p>'));
    const result = await extractDocument({ bytes, contentType: 'application/pdf' });
    expect(result.kind).toBe('html');
  });

  it('reads text files by extension, by Content-Type and by content', async () => {
    const bytes = fixtureBytes('nieuwsbrief.txt');
    for (const hints of [{ fileName: 'nieuwsbrief.txt' }, { contentType: 'text/plain' }, {}]) {
      const result = await extractDocument({ bytes, ...hints });
      expect(result.kind).toBe('text');
      expect(result.document.blocks[0]).toMatchObject({ kind: 'heading', text: 'Nieuwsbrief september' });
    }
  });

  it('sniffs HTML without a label from its markup', async () => {
    expect((await extractDocument({ bytes: ouderbijdrage })).kind).toBe('html');
    const fragment = new Uint8Array(Buffer.from('\n  <div><p>Geen doctype, wel HTML.</p></div>'));
    expect((await extractDocument({ bytes: fragment, fileName: 'pagina' })).kind).toBe('html');
  });

  it('refuses random bytes with a clear unsupported-type message', async () => {
    const error = await extractionError(extractDocument({ bytes: new Uint8Array(randomBytes(4096)), fileName: 'ruis.bin' }));
    expect(error.reason).toBe('unsupported-type');
    expect(error.message).toBe('Not HTML, PDF or text (ruis.bin: 4096 bytes)');
  });

  it('refuses images and other media by their Content-Type', async () => {
    const error = await extractionError(extractDocument({ bytes: ouderbijdrage, contentType: 'image/png', url: 'https://x.nl/a.png' }));
    expect(error.reason).toBe('unsupported-type');
  });

  it('passes on corrupt-pdf for a truncated PDF', async () => {
    const bytes = await makeSchoolGuide();
    const error = await extractionError(extractDocument({ bytes: bytes.subarray(0, 600), fileName: 'gids.pdf' }));
    expect(error.reason).toBe('corrupt-pdf');
  });

  it('fails with corrupt-pdf when a .pdf file holds no PDF', async () => {
    const error = await extractionError(extractDocument({ bytes: new Uint8Array(randomBytes(2048)), fileName: 'gids.pdf' }));
    expect(error.reason).toBe('corrupt-pdf');
  });

  it('fails with empty for a text file without text, and with encoding for binary labelled as text', async () => {
    expect((await extractionError(extractDocument({ bytes: new Uint8Array(Buffer.from(' \n\n ')), fileName: 'leeg.txt' }))).reason).toBe('empty');
    const binary = new Uint8Array(4096).fill(0);
    expect((await extractionError(extractDocument({ bytes: binary, contentType: 'text/plain' }))).reason).toBe('encoding');
  });

  it('does not treat an HTML page without text as an error: it may be an app shell', async () => {
    const result = await extractDocument({ bytes: fixtureBytes('app-shell.html'), contentType: 'text/html' });
    expect(result).toMatchObject({ kind: 'html', appShell: true, document: { blocks: [] } });
  });
});

describe('extractRenderedHtml', () => {
  it('extracts the outer HTML a browser rendered, the same way as fetched HTML', () => {
    const html = '<!DOCTYPE html><html lang="nl"><head><title>Kompas</title></head><body><div id="app"><h1>Welkom</h1><p>Wij werken samen met een huiswerkinstituut.</p></div></body></html>';
    const result = extractRenderedHtml(html, 'https://spa.example.nl/');
    expect(result).toMatchObject({ kind: 'html', title: 'Kompas', appShell: false, lang: 'nl' });
    expect(result.document.blocks.map((block) => [block.kind, block.locator])).toEqual([
      ['heading', '#app > h1'],
      ['paragraph', '#app > p'],
    ]);
  });
});
