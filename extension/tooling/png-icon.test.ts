import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, iconPng, renderIconPixels } from './png-icon.ts';

describe('icon PNG', () => {
  it('writes a valid PNG signature, header and pixel data', () => {
    const png = iconPng(16);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(16);
    const idatStart = png.indexOf('IDAT') + 4;
    const idatLength = png.readUInt32BE(idatStart - 8);
    const rows = inflateSync(png.subarray(idatStart, idatStart + idatLength));
    expect(rows.length).toBe(16 * (16 * 4 + 1));
  });

  it('is transparent in the corner and opaque in the middle', () => {
    const pixels = renderIconPixels(32);
    expect(pixels[3]).toBe(0);
    expect(pixels[(16 * 32 + 16) * 4 + 3]).toBe(255);
  });

  it('encodes any square image', () => {
    expect(encodePng(1, new Uint8Array([1, 2, 3, 4])).length).toBeGreaterThan(50);
  });
});
