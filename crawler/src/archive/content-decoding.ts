// An archived HTTP payload is stored as it came over the wire (gzip stays gzip); this undoes the
// Content-Encoding so the body can be read the way the crawler read it. Truncated bodies decode as far as they go.
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export function decodeContentEncoding(payload: Uint8Array, contentEncoding: string | undefined): Uint8Array {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  let body = payload;
  for (const coding of codings.reverse()) body = decodeOne(body, coding);
  return body;
}

function decodeOne(body: Uint8Array, coding: string): Uint8Array {
  const lenient = { finishFlush: constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, lenient);
    case 'deflate':
      try {
        return inflateSync(body, lenient);
      } catch {
        return inflateRawSync(body, lenient);
      }
    case 'br':
      return brotliDecompressSync(body, { finishFlush: constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new Error(`unknown Content-Encoding ${coding}`);
  }
}
