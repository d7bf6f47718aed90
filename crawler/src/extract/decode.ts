import iconv from 'iconv-lite';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { ExtractError } from './extract-error.ts';
import { scanUtf8 } from './utf8-scan.ts';

export interface DecodedText {
  text: string;
  /** The encoding actually used, as a WHATWG name (`UTF-8`, `windows-1252`, `ISO-8859-2`, ...). */
  encoding: string;
  /** True when a byte-order mark or a declared charset named the encoding and the bytes agree with it. */
  confident: boolean;
}

type DeclarationSource = 'bom' | 'declared' | 'none';

/** The HTML prescan only looks this far into the document for `<meta charset>`, as browsers do. */
const META_PRESCAN_BYTES = 1024;
/** A byte-order mark is at most three bytes, so a prescan this short finds a BOM and never a meta tag. */
const BOM_ONLY_PRESCAN_BYTES = 3;
/** Above this share of replacement or NUL characters the text is unreadable, not merely a bit damaged. */
const MAX_GARBAGE_SHARE = 0.05;
const SINGLE_BYTE_LEGACY = /^(windows-125\d|ISO-8859-\d+|KOI8-[RU]|IBM866|macintosh)$/i;

/**
 * Decodes an HTML body: byte-order mark, then the HTTP charset, then `<meta charset>` in the first
 * 1024 bytes, then UTF-8 if the bytes are valid UTF-8 and windows-1252 otherwise. Declarations the
 * bytes contradict are overruled (see `chooseEncoding`). Throws ExtractError('encoding') when the
 * encoding is not supported or the result is mostly unreadable.
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string): DecodedText {
  return decode(bytes, contentTypeHeader, META_PRESCAN_BYTES);
}

/** Decodes a plain-text body the same way, but without looking for `<meta>` declarations. */
export function decodePlainText(bytes: Uint8Array, contentTypeHeader?: string): DecodedText {
  return decode(bytes, contentTypeHeader, BOM_ONLY_PRESCAN_BYTES);
}

function decode(bytes: Uint8Array, contentTypeHeader: string | undefined, prescanBytes: number): DecodedText {
  const sniffer = new Sniffer({
    maxBytes: prescanBytes,
    transportLayerEncodingLabel: charsetFromContentType(contentTypeHeader),
  });
  sniffer.write(bytes);
  const { encoding, confident } = chooseEncoding(bytes, sniffer.encoding, sourceOf(sniffer.resultType));
  if (!iconv.encodingExists(encoding)) {
    throw new ExtractError('encoding', `Character encoding "${encoding}" is not supported`);
  }
  // iconv-lite strips a byte-order mark by default.
  const text = iconv.decode(toBuffer(bytes), encoding);
  if (garbageShare(text) > MAX_GARBAGE_SHARE) {
    throw new ExtractError('encoding', `Text decoded as ${encoding} is mostly unreadable characters`);
  }
  return { text, encoding, confident };
}

/**
 * Real pages lie about their encoding. A page declared UTF-8 whose non-ASCII bytes are mostly invalid
 * UTF-8 was written in windows-1252; a page declared in a legacy single-byte encoding whose bytes
 * form valid multi-byte UTF-8 sequences is UTF-8 (legacy text practically never does that by chance).
 */
function chooseEncoding(
  bytes: Uint8Array,
  declared: string,
  source: DeclarationSource,
): { encoding: string; confident: boolean } {
  if (source === 'bom') return { encoding: declared, confident: true };
  const { multiByteSequences, invalidSequences } = scanUtf8(bytes);
  const validUtf8 = invalidSequences === 0;
  if (source === 'none') return { encoding: validUtf8 ? 'UTF-8' : 'windows-1252', confident: false };
  if (declared === 'UTF-8') {
    if (validUtf8) return { encoding: 'UTF-8', confident: true };
    const mislabelled = invalidSequences > multiByteSequences;
    return { encoding: mislabelled ? 'windows-1252' : 'UTF-8', confident: false };
  }
  if (SINGLE_BYTE_LEGACY.test(declared) && validUtf8 && multiByteSequences > 0) {
    return { encoding: 'UTF-8', confident: false };
  }
  return { encoding: declared, confident: true };
}

function sourceOf(resultType: ResultType): DeclarationSource {
  switch (resultType) {
    case ResultType.BOM:
      return 'bom';
    case ResultType.DEFAULT:
      return 'none';
    default:
      return 'declared';
  }
}

function charsetFromContentType(header: string | undefined): string | undefined {
  const match = header?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1];
}

function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  let garbage = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || code === 0) garbage++;
  }
  return garbage / text.length;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
