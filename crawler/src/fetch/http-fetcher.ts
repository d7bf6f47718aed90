import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, buildConnector, request } from 'undici';
import type { FailureReason } from '../../../shared/src/index.ts';
import { readBody, type BodyReadResult } from './body-reader.ts';
import { HostMap } from './host-map.ts';
import { failureReasonOf } from './network-errors.ts';
import { bodyFailure, describeError, statusFailure } from './fetch-failures.ts';
import type { RequestGate } from './politeness.ts';
import { FetchError, type ExchangeRecorder, type FetchLimits, type FetchPurpose, type FetchResult, type HttpExchange } from './types.ts';

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  maxBytes: 15 * 1024 * 1024,
  maxRawBytes: 15 * 1024 * 1024,
  timeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  maxRedirects: 10,
};

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HttpFetcherOptions {
  /** Full User-Agent header, e.g. `schoolscan/0.1 (+https://…)`. */
  userAgent: string;
  /** Per-fetcher limits; `maxRawBytes` defaults to `maxBytes`. */
  limits?: Partial<FetchLimits>;
  hostMap?: HostMap;
  /** Receives every exchange, redirect hops and error statuses included. */
  recorder?: ExchangeRecorder;
  /** Politeness: each hop waits for its host here; 429/503 with Retry-After pause the host. */
  gate?: RequestGate;
}

export interface FetchContext {
  siteId: string;
  purpose: FetchPurpose;
  accept?: string;
  signal?: AbortSignal;
  /** Overrides for this one fetch (robots.txt uses a smaller maxBytes). */
  limits?: Partial<FetchLimits>;
  /**
   * Asked before each redirect is followed (scope, robots.txt). Returning a reason stops the fetch with a
   * FetchError of that reason whose `finalUrl` is the redirect target.
   */
  checkRedirect?: (target: string) => FailureReason | undefined | Promise<FailureReason | undefined>;
}

interface Hop {
  exchange: HttpExchange;
  status?: number;
  headers: Record<string, string>;
  body?: BodyReadResult;
  failure?: FetchError;
}

/**
 * Plain HTTP GET with redirects followed one hop at a time, each hop recorded. Bodies are decoded here
 * (gzip, deflate, br) with both the wire and the decoded size bounded while streaming.
 *
 * Outcomes: a 2xx (or a 3xx without Location) resolves to a FetchResult; everything else rejects with a
 * FetchError whose reason comes from the shared list. Limits, per hop and counted after the politeness wait:
 * - more than maxRawBytes on the wire → 'too-large' (recorded with the first maxRawBytes, truncated 'length');
 * - more than maxBytes after decoding → 'decompression-bomb' when a Content-Encoding was applied
 *   (truncated 'decompressed'), else 'too-large';
 * - headers not in within headersTimeoutMs, or the whole exchange, body included, not done within
 *   timeoutMs → 'timeout'. The total timer is what stops a server that drips its body byte by byte.
 */
export class HttpFetcher {
  private readonly agent: Agent;
  private readonly limits: FetchLimits;
  private readonly remoteAddresses = new Map<string, string>();

  constructor(private readonly options: HttpFetcherOptions) {
    const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
    if (options.limits?.maxRawBytes === undefined) limits.maxRawBytes = limits.maxBytes;
    this.limits = limits;
    const hostMap = options.hostMap ?? HostMap.empty;
    const connector = buildConnector({ lookup: hostMap.lookup, timeout: limits.headersTimeoutMs });
    this.agent = new Agent({
      headersTimeout: limits.headersTimeoutMs,
      bodyTimeout: limits.timeoutMs,
      keepAliveTimeout: 4_000,
      connect: (connectOptions, callback) => {
        const mappedPort = hostMap.resolve(connectOptions.hostname)?.port;
        const target = mappedPort ? { ...connectOptions, port: String(mappedPort) } : connectOptions;
        connector(target, (error, socket) => {
          if (socket?.remoteAddress) this.remoteAddresses.set(connectOptions.hostname, socket.remoteAddress);
          if (error) callback(error, null);
          else callback(null, socket!);
        });
      },
    });
  }

  async fetch(url: string, ctx: FetchContext): Promise<FetchResult> {
    const started = Date.now();
    const limits: FetchLimits = { ...this.limits, ...ctx.limits };
    const redirects: string[] = [];
    const visited = new Set<string>();
    let current = parseHttpUrl(url);

    for (;;) {
      visited.add(current.href);
      const hop = await this.politely(current, () => this.exchange(current, ctx, limits), ctx.signal);
      const location = hop.status && REDIRECT_STATUSES.has(hop.status) ? hop.headers['location'] : undefined;
      await this.options.recorder?.record(hop.exchange, { siteId: ctx.siteId, purpose: location ? 'redirect' : ctx.purpose });
      if (hop.failure) throw hop.failure;

      if (location) {
        const target = resolveRedirect(location, current);
        redirects.push(current.href);
        if (visited.has(target.href)) {
          throw new FetchError('redirect-loop', `redirect loop: ${current.href} → ${target.href}`, { status: hop.status, finalUrl: target.href });
        }
        if (redirects.length > limits.maxRedirects) {
          throw new FetchError('too-many-redirects', `more than ${limits.maxRedirects} redirects from ${url}`, { status: hop.status, finalUrl: target.href });
        }
        const refusal = await ctx.checkRedirect?.(target.href);
        if (refusal) throw new FetchError(refusal, `redirect to ${target.href} refused (${refusal})`, { status: hop.status, finalUrl: target.href });
        current = target;
        continue;
      }
      return this.toResult(url, current, hop, redirects, started);
    }
  }

  /** Closes idle connections; in-flight fetches fail. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private async politely(url: URL, run: () => Promise<Hop>, signal?: AbortSignal): Promise<Hop> {
    const gate = this.options.gate;
    if (!gate) return run();
    const release = await gate.acquire(url.hostname, signal);
    try {
      const hop = await run();
      const retryAfterMs = hop.failure?.details.retryAfterMs;
      if (retryAfterMs !== undefined && (hop.status === 429 || hop.status === 503)) gate.pause(url.hostname, retryAfterMs);
      return hop;
    } finally {
      release();
    }
  }

  private async exchange(url: URL, ctx: FetchContext, limits: FetchLimits): Promise<Hop> {
    const requestHeaders: [string, string][] = [
      ['user-agent', this.options.userAgent],
      ['accept', ctx.accept ?? DEFAULT_ACCEPT],
      ['accept-encoding', 'gzip, deflate, br'],
      ['accept-language', 'nl,en;q=0.8'],
    ];
    const exchange: HttpExchange = { url: url.href, method: 'GET', requestHeaders, startedAt: new Date().toISOString() };
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error('total timeout')), limits.timeoutMs);
    const signal = ctx.signal ? AbortSignal.any([ctx.signal, deadline.signal]) : deadline.signal;
    const timedOut = () => deadline.signal.aborted && !ctx.signal?.aborted;

    try {
      let response;
      try {
        response = await request(url, {
          dispatcher: this.agent,
          method: 'GET',
          headers: Object.fromEntries(requestHeaders),
          signal,
          headersTimeout: limits.headersTimeoutMs,
          bodyTimeout: limits.timeoutMs,
        });
      } catch (error) {
        ctx.signal?.throwIfAborted();
        const reason = timedOut() ? 'timeout' : failureReasonOf(error);
        return { exchange, headers: {}, failure: new FetchError(reason, `${url.href}: ${describeError(error)}`) };
      }

      const status = response.statusCode;
      const headers = flattenHeaders(response.headers);
      exchange.remoteAddress = this.remoteAddresses.get(url.hostname);
      const body = await this.readResponseBody(response.body, headers, limits, signal);
      exchange.response = {
        status,
        statusText: response.statusText || STATUS_CODES[status] || '',
        httpVersion: '1.1',
        headers: headerPairs(response.headers),
        rawBody: body.rawBody,
      };
      ctx.signal?.throwIfAborted();
      const stopped = body.stop && bodyFailure(url, body, headers, limits);
      if (stopped) {
        exchange.truncated = stopped.truncated;
        return { exchange, status, headers, body, failure: stopped.failure };
      }
      return { exchange, status, headers, body, failure: statusFailure(url, status, headers) };
    } finally {
      clearTimeout(timer);
    }
  }

  private async readResponseBody(
    stream: Parameters<typeof readBody>[0],
    headers: Record<string, string>,
    limits: FetchLimits,
    signal: AbortSignal,
  ): Promise<BodyReadResult> {
    if (Number(headers['content-length']) > limits.maxRawBytes) {
      stream.destroy?.();
      return { rawBody: Buffer.alloc(0), body: Buffer.alloc(0), stop: 'raw-limit' };
    }
    return readBody(stream, headers['content-encoding'], limits, signal);
  }

  private toResult(requestedUrl: string, finalUrl: URL, hop: Hop, redirects: string[], started: number): FetchResult {
    const body = hop.body!.body;
    return {
      requestedUrl,
      finalUrl: finalUrl.href,
      status: hop.status!,
      contentType: hop.headers['content-type'],
      headers: hop.headers,
      body,
      rawBytes: hop.body!.rawBody.length,
      redirects,
      fetchedAt: hop.exchange.startedAt,
      sha256: createHash('sha256').update(body).digest('hex'),
      durationMs: Date.now() - started,
    };
  }
}

function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError('invalid-url', `not a URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('invalid-url', `not http(s): ${input}`);
  url.hash = '';
  return url;
}

function resolveRedirect(location: string, from: URL): URL {
  try {
    return parseHttpUrl(new URL(location, from).href);
  } catch {
    throw new FetchError('invalid-url', `bad redirect Location "${location}" from ${from.href}`, { finalUrl: from.href });
  }
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function headerPairs(headers: IncomingHttpHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) pairs.push([name, one]);
  }
  return pairs;
}
