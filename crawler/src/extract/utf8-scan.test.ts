import { describe, expect, it } from 'vitest';
import { scanUtf8 } from './utf8-scan.ts';

describe('scanUtf8', () => {
  it('counts multi-byte characters in valid UTF-8', () => {
    expect(scanUtf8(new Uint8Array(Buffer.from('één € 😀')))).toEqual({ multiByteSequences: 4, invalidSequences: 0 });
  });

  it('counts windows-1252 bytes as invalid', () => {
    expect(scanUtf8(new Uint8Array([0x93, 0x61, 0x94, 0x80]))).toEqual({ multiByteSequences: 0, invalidSequences: 3 });
  });

  it('rejects overlong forms and surrogates', () => {
    expect(scanUtf8(new Uint8Array([0xc0, 0xaf])).invalidSequences).toBe(2);
    expect(scanUtf8(new Uint8Array([0xed, 0xa0, 0x80])).invalidSequences).toBe(3);
  });

  it('does not count a character cut off by the end of the body as invalid', () => {
    const euro = Buffer.from('€');
    expect(scanUtf8(new Uint8Array([0x61, euro[0], euro[1]]))).toEqual({ multiByteSequences: 0, invalidSequences: 0 });
  });
});
