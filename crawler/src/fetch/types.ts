import type { FailureReason } from '../../../shared/src/index.ts';

/** One HTTP request/response pair exactly as it crossed the wire: what the WARC recorder writes. */
export interface HttpExchange {
  url: string;
  method: 'GET' | 'HEAD';
  requestHeaders: [string, string][];
  /** Absent when no response arrived (DNS, connection, timeout before headers). */
  response?: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: [string, string][];
    /** Body bytes as received, before content-decoding (gzip stays gzip); cut at the size limit. */
    rawBody: Uint8Array;
  };
  /**
   * Set when the body is incomplete (WARC-Truncated): cut by a size, time or decompression limit, or by
   * the connection breaking mid-body ('disconnect').
   */
  truncated?: 'length' | 'time' | 'decompressed' | 'disconnect';
  startedAt: string;
  /** Server IP the connection went to, when known. */
  remoteAddress?: string;
}

/** Receives every exchange the fetch layer makes (pages, redirects, robots.txt, sitemaps, errors). */
export interface ExchangeRecorder {
  record(exchange: HttpExchange, context: { siteId: string; purpose: FetchPurpose }): void | Promise<void>;
}

export type FetchPurpose = 'page' | 'robots' | 'sitemap' | 'redirect' | 'subresource';

/** The result of fetching one URL, redirects followed (each hop was recorded). */
export interface FetchResult {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType?: string;
  headers: Record<string, string>;
  /** Decoded (content-encoding removed) body, limited by maxBytes. */
  body: Uint8Array;
  /** Bytes as received on the wire for the final response. */
  rawBytes: number;
  redirects: string[];
  fetchedAt: string;
  /** sha256 (hex) of `body`. */
  sha256: string;
  durationMs: number;
}

/** A fetch that failed, with a reason from the closed list. */
export class FetchError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; finalUrl?: string } = {},
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchLimits {
  /** Max decoded body bytes (default 15 MB). */
  maxBytes: number;
  /** Max wire bytes before decompression (default = maxBytes). */
  maxRawBytes: number;
  /** Total time for one request incl. body (default 30 s). */
  timeoutMs: number;
  /** Time to first byte of headers (default 15 s). */
  headersTimeoutMs: number;
  maxRedirects: number;
}
