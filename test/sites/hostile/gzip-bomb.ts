/**
 * A valid gzip body of about 1 MB that inflates to more than 1 GB, built without ever holding the
 * inflated bytes: one mebibyte of spaces is deflated once (ending in a sync flush, so it is
 * byte-aligned and refers only to itself) and the compressed block is repeated.
 */
import zlib from 'node:zlib';

const MEBIBYTE = 1024 * 1024;
const PREFIX = '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Nieuws</title></head><body><p>';

export interface GzipBomb {
  body: Buffer;
  inflatedSize: number;
}

function deflateAligned(data: Buffer): Buffer {
  return zlib.deflateRawSync(data, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
}

/** `blocks` mebibytes of spaces after a small HTML prefix, gzip-wrapped with a correct CRC and size. */
export function buildGzipBomb(blocks: number): GzipBomb {
  const prefix = Buffer.from(PREFIX, 'utf8');
  const spaces = Buffer.alloc(MEBIBYTE, 0x20);
  const compressedBlock = deflateAligned(spaces);
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0x03]);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  let crc = zlib.crc32(prefix);
  for (let i = 0; i < blocks; i++) crc = zlib.crc32(spaces, crc);
  const inflatedSize = prefix.length + blocks * MEBIBYTE;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(inflatedSize % 2 ** 32, 4);
  const body = Buffer.concat([header, deflateAligned(prefix), ...Array<Buffer>(blocks).fill(compressedBlock), finalEmptyBlock, trailer]);
  return { body, inflatedSize };
}

let bigBomb: GzipBomb | undefined;

/** The served bomb: 1024 MiB of spaces (about 1.1 GB inflated), built on first use and kept. */
export function servedGzipBomb(): GzipBomb {
  bigBomb ??= buildGzipBomb(1024);
  return bigBomb;
}
