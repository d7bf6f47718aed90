import type { Page, Request, Response } from 'playwright-core';
import type { FetchPurpose, HttpExchange } from './types.ts';

export interface RecordedExchange {
  exchange: HttpExchange;
  purpose: FetchPurpose;
}

/** Headers that describe the wire encoding. Browser bodies arrive decoded, so these are kept renamed. */
const WIRE_ENCODING_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

/**
 * Collects every GET/HEAD response a page receives as an HttpExchange: the main document and its redirects
 * ('page' / 'redirect') and everything else ('subresource'). Chromium hands out bodies already decoded, so
 * `rawBody` is the decoded body and Content-Encoding, Transfer-Encoding and Content-Length are kept as
 * `x-archive-orig-*` headers: a WARC reader must not try to gunzip them again.
 */
export class PageRecording {
  private readonly pending: Promise<RecordedExchange | undefined>[] = [];

  constructor(
    private readonly page: Page,
    private readonly maxBodyBytes: number,
  ) {
    page.on('response', (response) => this.pending.push(this.capture(response).catch(() => undefined)));
  }

  /** Waits for the bodies still being read. Call before closing the page. */
  async finish(): Promise<RecordedExchange[]> {
    const settled = await Promise.all(this.pending);
    return settled.filter((r): r is RecordedExchange => r !== undefined);
  }

  private async capture(response: Response): Promise<RecordedExchange | undefined> {
    const request = response.request();
    const method = request.method();
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    const status = response.status();
    const isRedirect = status >= 300 && status < 400;
    let body: Buffer = Buffer.alloc(0);
    if (!isRedirect && method === 'GET') body = await response.body().catch(() => Buffer.alloc(0));
    const truncated = body.length > this.maxBodyBytes ? ('length' as const) : undefined;
    const [requestHeaders, responseHeaders, server] = await Promise.all([
      request.headersArray(),
      response.headersArray(),
      response.serverAddr().catch(() => null),
    ]);
    const exchange: HttpExchange = {
      url: response.url(),
      method,
      requestHeaders: requestHeaders.map(({ name, value }) => [name, value]),
      response: {
        status,
        statusText: response.statusText(),
        httpVersion: '1.1',
        headers: responseHeaders.map(({ name, value }) => [WIRE_ENCODING_HEADERS.has(name.toLowerCase()) ? `x-archive-orig-${name}` : name, value]),
        rawBody: truncated ? body.subarray(0, this.maxBodyBytes) : body,
      },
      truncated,
      startedAt: startedAt(request),
      remoteAddress: server?.ipAddress,
    };
    return { exchange, purpose: this.isMainDocument(request) ? (isRedirect ? 'redirect' : 'page') : 'subresource' };
  }

  private isMainDocument(request: Request): boolean {
    try {
      return request.isNavigationRequest() && request.frame() === this.page.mainFrame();
    } catch {
      return false;
    }
  }
}

function startedAt(request: Request): string {
  const start = request.timing().startTime;
  return new Date(start > 0 ? start : Date.now()).toISOString();
}
