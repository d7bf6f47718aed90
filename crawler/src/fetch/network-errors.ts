import type { FailureReason } from '../../../shared/src/index.ts';

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const CONNECTION = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN',
  'UND_ERR_SOCKET', 'UND_ERR_CLOSED',
]);
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|EPROTO$|ERR_OSSL_)/;

/**
 * Maps an error thrown by undici or node:net/tls to a failure reason, looking through `cause` chains.
 * An unknown network code counts as 'connection'; an error without any code is a bug of ours: 'internal'.
 */
export function failureReasonOf(error: unknown): FailureReason {
  let sawCode = false;
  for (const code of errorCodes(error)) {
    sawCode = true;
    if (DNS.has(code)) return 'dns';
    if (TIMEOUT.has(code)) return 'timeout';
    if (TLS.test(code)) return 'tls';
    if (CONNECTION.has(code) || code.startsWith('HPE_')) return 'connection';
    if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') return 'invalid-url';
  }
  return sawCode ? 'connection' : 'internal';
}

function* errorCodes(error: unknown): Generator<string> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') yield code;
    if (current instanceof AggregateError) for (const inner of current.errors) yield* errorCodes(inner);
    current = cause;
  }
}
