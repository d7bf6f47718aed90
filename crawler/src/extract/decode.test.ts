import { describe, expect, it } from 'vitest';
import { decodeHtml, decodePlainText } from './decode.ts';

// Written byte by byte so the tests do not depend on the library under test:
// in windows-1252, 0x80 is €, 0x93 and 0x94 are curly double quotes, 0xEB is ë, 0xE9 is é.
const CP1252_BODY = '<p>De \x93vrijwillige\x94 ouderbijdrage is \x80 45. Financi\xEBle steun, caf\xE9.</p>';
const EXPECTED_TEXT = '<p>De “vrijwillige” ouderbijdrage is € 45. Financiële steun, café.</p>';

function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}<title>Kosten</title></head><body>${body}</body></html>`;
}

describe('decodeHtml', () => {
  it('decodes a windows-1252 page declared in a meta tag, euro sign and curly quotes included', () => {
    const bytes = latin1Bytes(page('<meta charset="windows-1252">', CP1252_BODY));
    const decoded = decodeHtml(bytes);
    expect(decoded.text).toContain(EXPECTED_TEXT);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.confident).toBe(true);
  });

  it('treats an iso-8859-1 label as windows-1252, as browsers do', () => {
    const decoded = decodeHtml(latin1Bytes(page('', CP1252_BODY)), 'text/html; charset=ISO-8859-1');
    expect(decoded.text).toContain(EXPECTED_TEXT);
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('decodes a page labelled utf-8 whose bytes are windows-1252 as windows-1252, without confidence', () => {
    const bytes = latin1Bytes(page('<meta charset="utf-8">', CP1252_BODY));
    const decoded = decodeHtml(bytes, 'text/html; charset=UTF-8');
    expect(decoded.text).toContain(EXPECTED_TEXT);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.confident).toBe(false);
  });

  it('keeps UTF-8 for a UTF-8 page with one stray invalid byte rather than garbling every accent', () => {
    const utf8 = Buffer.from(page('<meta charset="utf-8">', '<p>Financiële bijdrage, café, één keer per jaar.</p>'));
    const bytes = new Uint8Array([...utf8, 0x93]);
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toContain('Financiële bijdrage, café, één keer');
    expect(decoded.confident).toBe(false);
  });

  it('lets the HTTP charset win over a meta tag', () => {
    const bytes = latin1Bytes(page('<meta charset="utf-8">', '<p>caf\xE9</p>'));
    expect(decodeHtml(bytes, 'text/html;charset="windows-1252"').encoding).toBe('windows-1252');
  });

  it('lets a byte-order mark win over every declaration', () => {
    const body = Buffer.from(page('<meta charset="windows-1252">', '<p>€ 45</p>'));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const decoded = decodeHtml(bytes, 'text/html; charset=windows-1252');
    expect(decoded).toMatchObject({ encoding: 'UTF-8', confident: true });
    expect(decoded.text.startsWith('<!doctype')).toBe(true);
    expect(decoded.text).toContain('<p>€ 45</p>');
  });

  it('reads UTF-8 mislabelled as windows-1252 as UTF-8', () => {
    const bytes = new Uint8Array(Buffer.from(page('<meta charset="windows-1252">', '<p>Financiële steun: € 45</p>')));
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ encoding: 'UTF-8', confident: false });
    expect(decoded.text).toContain('Financiële steun: € 45');
  });

  it('falls back to UTF-8 for undeclared valid UTF-8 and to windows-1252 otherwise', () => {
    expect(decodeHtml(new Uint8Array(Buffer.from(page('', '<p>één</p>'))))).toMatchObject({
      encoding: 'UTF-8',
      confident: false,
    });
    const legacy = decodeHtml(latin1Bytes(page('', CP1252_BODY)));
    expect(legacy).toMatchObject({ encoding: 'windows-1252', confident: false });
    expect(legacy.text).toContain(EXPECTED_TEXT);
  });

  it('finds a charset in an http-equiv content-type meta tag', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">';
    // In ISO-8859-2, 0xB9 is š and 0xE8 is č.
    const decoded = decodeHtml(latin1Bytes(page(head, '<p>\xB9kola \xE8lanek</p>')));
    expect(decoded.encoding).toBe('ISO-8859-2');
    expect(decoded.text).toContain('škola članek');
  });

  it('throws an encoding error for an encoding it cannot decode', () => {
    const bytes = latin1Bytes(page('', '<p>hallo</p>'));
    expect(() => decodeHtml(bytes, 'text/html; charset=x-user-defined')).toThrow(
      expect.objectContaining({ name: 'ExtractError', reason: 'encoding' }),
    );
  });
});

describe('decodePlainText', () => {
  it('ignores meta-like text in a plain text file and decodes by its bytes', () => {
    const bytes = latin1Bytes('<meta charset="utf-8">\nDe ouderbijdrage is \x80 45.');
    const decoded = decodePlainText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('€ 45');
  });
});
