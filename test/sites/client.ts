/**
 * A tiny HTTP client for tests that talks to the test web the way a crawler does: the URL keeps its
 * `.test` host name (so the Host header is right) while every connection goes to 127.0.0.1.
 * Bodies are returned raw (no decompression), which the hostile-host tests need.
 */
import http from 'node:http';
import type { LookupFunction } from 'node:net';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** True when the body was cut off at `maxBytes` or by the timeout. */
  truncated: boolean;
}

export interface RawRequestOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  /** Give up after this long; resolves with what arrived so far (or rejects if no headers came). */
  timeoutMs?: number;
  /** Stop reading after this many body bytes. */
  maxBytes?: number;
}

const toLoopback: LookupFunction = (_hostname, options, callback) => {
  if (options.all) (callback as unknown as (e: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

export function requestRaw(url: string, options: RawRequestOptions = {}): Promise<RawResponse> {
  const { method = 'GET', headers = {}, timeoutMs = 5000, maxBytes = 64 * 1024 * 1024 } = options;
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, lookup: toLoopback, agent: false });
    const timer = setTimeout(() => {
      if (!response) {
        request.destroy();
        reject(new Error(`no response from ${url} within ${timeoutMs} ms`));
      } else finish(true);
    }, timeoutMs);
    let response: http.IncomingMessage | undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (truncated: boolean): void => {
      if (done || !response) return;
      done = true;
      clearTimeout(timer);
      if (truncated) request.destroy();
      resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), truncated });
    };
    request.on('response', (res) => {
      response = res;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
        if (received >= maxBytes) finish(true);
      });
      res.on('end', () => finish(false));
      res.on('error', () => finish(true));
      res.on('close', () => finish(!res.complete));
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      if (response) finish(true);
      else reject(error);
    });
    request.end();
  });
}

/** GET a page and return its body as UTF-8 text (gzip is not requested, so the body is plain). */
export async function getText(url: string, options: RawRequestOptions = {}): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  const response = await requestRaw(url, options);
  return { status: response.status, text: response.body.toString('utf8'), headers: response.headers };
}
