import { describe, expect, it } from 'vitest';
import { failureReasonOf } from './network-errors.ts';
import { parseRetryAfter } from './retry-after.ts';

const withCode = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe('failureReasonOf', () => {
  it.each([
    [withCode('ENOTFOUND'), 'dns'],
    [withCode('EAI_AGAIN'), 'dns'],
    [withCode('ECONNREFUSED'), 'connection'],
    [withCode('ECONNRESET'), 'connection'],
    [withCode('UND_ERR_SOCKET', withCode('ECONNRESET')), 'connection'],
    [withCode('UND_ERR_HEADERS_TIMEOUT'), 'timeout'],
    [withCode('UND_ERR_CONNECT_TIMEOUT'), 'timeout'],
    [withCode('CERT_HAS_EXPIRED'), 'tls'],
    [withCode('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls'],
    [withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls'],
    [new TypeError('fetch failed', { cause: withCode('ENOTFOUND') }), 'dns'],
    [new AggregateError([withCode('ECONNREFUSED')]), 'connection'],
    [withCode('ESOMETHINGNEW'), 'connection'],
    [new TypeError('undefined is not a function'), 'internal'],
  ])('%s → %s', (error, reason) => {
    expect(failureReasonOf(error)).toBe(reason);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-12-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 01 Dec 2025 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 01 Dec 2025 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
