import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export type BodyStop =
  | 'raw-limit' // more wire bytes than maxRawBytes
  | 'decoded-limit' // more decoded bytes than maxBytes
  | 'aborted' // the signal fired (total timeout or the caller)
  | 'disconnected' // the connection broke mid-body
  | 'undecodable'; // unknown Content-Encoding or corrupt compressed data

export interface BodyReadResult {
  /** Wire bytes received (before content-decoding), cut at maxRawBytes. */
  rawBody: Buffer;
  /** Decoded body; complete only when `stop` is undefined. */
  body: Buffer;
  stop?: BodyStop;
  /** The underlying error for 'disconnected', 'undecodable' and 'aborted'. */
  error?: unknown;
}

export interface BodyLimits {
  maxRawBytes: number;
  maxBytes: number;
}

/** Largest piece handed to a decompressor at once, so one raw chunk cannot inflate to much before we count. */
const DECODER_FEED_BYTES = 16 * 1024;

class LimitReached extends Error {}

/**
 * Reads a response body stream, keeping the wire bytes and decoding the Content-Encoding (gzip, deflate,
 * br, or a list of them) on the fly. Both sizes are counted while streaming, and reading stops the moment
 * either limit is passed, so a gzip bomb costs at most a few MB of memory. Never throws: the reason
 * reading stopped early is in `stop`, and what was read so far is returned for the record.
 */
export async function readBody(
  stream: AsyncIterable<Buffer> & { destroy?(error?: Error): void },
  contentEncoding: string | undefined,
  limits: BodyLimits,
  signal?: AbortSignal,
): Promise<BodyReadResult> {
  const rawChunks: Buffer[] = [];
  const bodyChunks: Buffer[] = [];
  let rawBytes = 0;
  let bodyBytes = 0;
  // Set before throwing: once streams are torn down, pipeline may reject with a secondary AbortError.
  let limitHit: 'raw-limit' | 'decoded-limit' | undefined;
  const encodings = parseContentEncoding(contentEncoding);
  const result = (stop?: BodyStop, error?: unknown): BodyReadResult => ({
    rawBody: Buffer.concat(rawChunks),
    body: Buffer.concat(bodyChunks),
    stop,
    error,
  });

  async function* wire(): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      if (rawBytes + chunk.length > limits.maxRawBytes) {
        rawChunks.push(chunk.subarray(0, limits.maxRawBytes - rawBytes));
        rawBytes = limits.maxRawBytes;
        limitHit = 'raw-limit';
        throw new LimitReached(limitHit);
      }
      rawChunks.push(chunk);
      rawBytes += chunk.length;
      for (let at = 0; at < chunk.length; at += DECODER_FEED_BYTES) yield chunk.subarray(at, at + DECODER_FEED_BYTES);
    }
  }

  async function collect(decoded: AsyncIterable<Buffer>): Promise<void> {
    for await (const chunk of decoded) {
      if (bodyBytes + chunk.length > limits.maxBytes) {
        bodyChunks.push(chunk.subarray(0, limits.maxBytes - bodyBytes));
        bodyBytes = limits.maxBytes;
        limitHit = 'decoded-limit';
        throw new LimitReached(limitHit);
      }
      bodyChunks.push(chunk);
      bodyBytes += chunk.length;
    }
  }

  try {
    if (!encodings) throw new Error('malformed Content-Encoding');
    // The first wire bytes tell raw deflate from zlib-wrapped deflate, so peek before choosing decoders.
    const source = wire();
    const first = await source.next();
    if (first.done) return result();
    const head: Buffer = first.value;
    const decoders = encodings.map((coding, index) => createDecoder(coding, index === 0 ? head : undefined));
    if (decoders.includes(undefined)) {
      // Keep the wire bytes for the record, but there is nothing to decode them with.
      for await (const _ of source);
      return result('undecodable', new Error(`unsupported Content-Encoding "${contentEncoding}"`));
    }
    async function* replay(): AsyncGenerator<Buffer> {
      yield head;
      yield* source;
    }
    await pipeThrough(Readable.from(replay()), decoders as Transform[], collect, signal);
    return result();
  } catch (error) {
    stream.destroy?.();
    if (limitHit) return result(limitHit);
    if (signal?.aborted) return result('aborted', signal.reason);
    if (isZlibError(error)) return result('undecodable', error);
    return result('disconnected', error);
  }
}

/** stream/promises `pipeline` with any number of transforms (its typings cover fixed arities only). */
function pipeThrough(
  source: Readable,
  transforms: Transform[],
  sink: (decoded: AsyncIterable<Buffer>) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  const run = pipeline as unknown as (...stages: unknown[]) => Promise<void>;
  return run(source, ...transforms, sink, signal ? { signal } : {});
}

/** Encodings in the order to undo them (the last one applied comes off first); undefined if malformed. */
function parseContentEncoding(header: string | undefined): string[] | undefined {
  if (!header) return [];
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse();
}

function createDecoder(coding: string, firstBytes: Buffer | undefined): Transform | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      return !firstBytes || looksLikeZlib(firstBytes) ? createInflate() : createInflateRaw();
    default:
      return undefined;
  }
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate. A zlib header has
 * compression method 8 in its first byte and a two-byte header divisible by 31.
 */
function looksLikeZlib(bytes: Buffer): boolean {
  if (bytes.length < 2) return true;
  return (bytes[0] & 0x0f) === 8 && ((bytes[0] << 8) | bytes[1]) % 31 === 0;
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
