export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (non-ASCII characters). */
  multiByteSequences: number;
  /** Bytes or sequences that are not well-formed UTF-8. */
  invalidSequences: number;
}

/**
 * Counts well-formed and invalid UTF-8 sequences (RFC 3629: no overlongs, no surrogates, at most
 * U+10FFFF). A sequence cut off by the end of the input is not counted as invalid: bodies capped
 * at a size limit end mid-character.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByteSequences = 0;
  let invalidSequences = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      invalidSequences++;
      i++;
      continue;
    }
    if (i + length > bytes.length && continuationsValid(bytes, i, bytes.length - i)) break;
    if (continuationsValid(bytes, i, length)) {
      multiByteSequences++;
      i += length;
    } else {
      invalidSequences++;
      i++;
    }
  }
  return { multiByteSequences, invalidSequences };
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Checks the continuation bytes after the lead at `start`, up to `length` bytes including the lead. */
function continuationsValid(bytes: Uint8Array, start: number, length: number): boolean {
  const lead = bytes[start];
  for (let k = 1; k < length; k++) {
    const byte = bytes[start + k];
    if (byte === undefined) return false;
    const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
    if (byte < low || byte > high) return false;
  }
  return true;
}

// The second byte's range excludes overlong forms, UTF-16 surrogates and code points above U+10FFFF.
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}
