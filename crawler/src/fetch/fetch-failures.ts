import type { FailureReason } from '../../../shared/src/index.ts';
import type { BodyReadResult } from './body-reader.ts';
import { failureReasonOf } from './network-errors.ts';
import { parseRetryAfter } from './retry-after.ts';
import { FetchError, type FetchLimits, type HttpExchange } from './types.ts';

// How HttpFetcher turns a status or an early-stopped body into a FetchError, and marks the record.

/** Why a body that stopped early fails the fetch, and how the record marks it. */
export function bodyFailure(url: URL, body: BodyReadResult, headers: Record<string, string>, limits: FetchLimits) {
  const fail = (truncated: HttpExchange['truncated'], reason: FailureReason, message: string) => ({
    truncated,
    failure: new FetchError(reason, `${url.href}: ${message}`, { finalUrl: url.href }),
  });
  const encoded = (headers['content-encoding'] ?? '').replace(/identity|[\s,]/gi, '') !== '';
  switch (body.stop) {
    case 'raw-limit':
      return fail('length', 'too-large', `more than ${limits.maxRawBytes} bytes on the wire`);
    case 'decoded-limit':
      return encoded
        ? fail('decompressed', 'decompression-bomb', `${headers['content-encoding']} body inflates past ${limits.maxBytes} bytes`)
        : fail('length', 'too-large', `body larger than ${limits.maxBytes} bytes`);
    case 'aborted':
      return fail('time', 'timeout', `body not complete within ${limits.timeoutMs} ms`);
    case 'undecodable':
      return fail(undefined, 'encoding', `cannot decode body: ${describeError(body.error)}`);
    case 'disconnected': {
      const reason = failureReasonOf(body.error);
      return fail(reason === 'timeout' ? 'time' : 'disconnect', reason, `body cut off: ${describeError(body.error)}`);
    }
    default:
      return undefined;
  }
}

export function statusFailure(url: URL, status: number, headers: Record<string, string>): FetchError | undefined {
  if (status < 400) return undefined;
  const details = { status, finalUrl: url.href, retryAfterMs: parseRetryAfter(headers['retry-after']) };
  const reason: FailureReason = status === 429 ? 'http-429' : status >= 500 ? 'http-5xx' : 'http-4xx';
  return new FetchError(reason, `${url.href}: HTTP ${status}`, details);
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return code ? `${error.message} (${String(code)})` : error.message;
}
