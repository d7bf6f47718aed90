// Draws the toolbar icon at build time (a page with two highlighted lines in the two category
// colours) and encodes it as PNG with nothing but node:zlib.
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
interface Shape { x0: number; y0: number; x1: number; y1: number; radius: number; colour: Rgba }

/** Shapes on a 0..1 square, painted in order. */
const ICON_SHAPES: Shape[] = [
  { x0: 0.02, y0: 0.02, x1: 0.98, y1: 0.98, radius: 0.2, colour: [30, 58, 138, 255] },
  { x0: 0.2, y0: 0.14, x1: 0.8, y1: 0.86, radius: 0.06, colour: [255, 255, 255, 255] },
  { x0: 0.27, y0: 0.26, x1: 0.73, y1: 0.36, radius: 0.03, colour: [234, 138, 0, 255] },
  { x0: 0.27, y0: 0.44, x1: 0.63, y1: 0.5, radius: 0.02, colour: [148, 163, 184, 255] },
  { x0: 0.27, y0: 0.57, x1: 0.73, y1: 0.67, radius: 0.03, colour: [147, 51, 234, 255] },
  { x0: 0.27, y0: 0.74, x1: 0.55, y1: 0.8, radius: 0.02, colour: [148, 163, 184, 255] },
];

function insideRoundedRect(x: number, y: number, s: Shape): boolean {
  if (x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1) return false;
  const cx = Math.min(Math.max(x, s.x0 + s.radius), s.x1 - s.radius);
  const cy = Math.min(Math.max(y, s.y0 + s.radius), s.y1 - s.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.radius ** 2;
}

/** RGBA pixels of the icon at `size`, anti-aliased by 4x4 supersampling. */
export function renderIconPixels(size: number, shapes: Shape[] = ICON_SHAPES): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour: Rgba = [0, 0, 0, 0];
          for (const shape of shapes) if (insideRoundedRect(x, y, shape)) colour = shape.colour;
          for (let c = 0; c < 3; c++) sum[c] += colour[c] * colour[3];
          sum[3] += colour[3];
        }
      }
      const offset = (py * size + px) * 4;
      const alphaSum = sum[3];
      for (let c = 0; c < 3; c++) pixels[offset + c] = alphaSum ? Math.round(sum[c] / alphaSum) : 0;
      pixels[offset + 3] = Math.round(alphaSum / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes square RGBA pixels as a PNG file. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter type: none
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

export function iconPng(size: number): Buffer {
  return encodePng(size, renderIconPixels(size));
}
