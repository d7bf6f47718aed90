import { createHash } from 'node:crypto';
import { createGzip, brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HostMap } from './host-map.ts';
import { HttpFetcher } from './http-fetcher.ts';
import { startLocalServer, type LocalTestServer } from './local-test-server.ts';
import { HostLimiter } from './politeness.ts';
import { FetchError, type ExchangeRecorder, type FetchPurpose, type HttpExchange } from './types.ts';

class MemoryRecorder implements ExchangeRecorder {
  readonly records: { exchange: HttpExchange; purpose: FetchPurpose; siteId: string }[] = [];
  record(exchange: HttpExchange, context: { siteId: string; purpose: FetchPurpose }): void {
    this.records.push({ exchange, ...context });
  }
}

const CP1252_PAGE = Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x20, 0xeb, 0x3c, 0x2f, 0x70, 0x3e]); // <p>café ë</p>

/** ~200 MB of zeros as gzip, built by streaming so the test itself never holds the inflated bytes. */
async function gzipOfZeros(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  gzip.end();
  await done;
  return Buffer.concat(parts);
}

async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('HttpFetcher', () => {
  let server: LocalTestServer;
  let bomb: Buffer;
  let recorder: MemoryRecorder;
  let fetcher: HttpFetcher;
  const ctx = { siteId: 'test-site', purpose: 'page' as const };

  beforeAll(async () => {
    bomb = await gzipOfZeros(200);
    server = await startLocalServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/hello') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(CP1252_PAGE);
      } else if (path === '/a') {
        res.writeHead(301, { location: '/b' }).end('moved');
      } else if (path === '/b') {
        res.writeHead(302, { location: `${server.origin}/c` }).end();
      } else if (path === '/c') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>final</p>');
      } else if (path === '/loop-x') {
        res.writeHead(302, { location: '/loop-y' }).end();
      } else if (path === '/loop-y') {
        res.writeHead(302, { location: '/loop-x' }).end();
      } else if (path.startsWith('/chain/')) {
        res.writeHead(302, { location: `/chain/${Number(path.slice(7)) + 1}` }).end();
      } else if (path === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(CP1252_PAGE));
      } else if (path === '/br') {
        res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(Buffer.from('<p>brotli</p>')));
      } else if (path === '/deflate') {
        res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(Buffer.from('<p>zlib deflate</p>')));
      } else if (path === '/raw-deflate') {
        res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync(Buffer.from('<p>raw deflate</p>')));
      } else if (path === '/corrupt-gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('this is not gzip at all'));
      } else if (path === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(Buffer.alloc(2 * 1024 * 1024, 0x61)); // content-length is set by end()
      } else if (path === '/big-chunked') {
        res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
        for (let i = 0; i < 32; i++) res.write(Buffer.alloc(64 * 1024, 0x62));
        res.end();
      } else if (path === '/drip') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const drip = setInterval(() => res.write('.'), 50);
        res.on('close', () => clearInterval(drip));
      } else if (path === '/slow-headers') {
        setTimeout(() => res.writeHead(200).end('late'), 5_000).unref();
      } else if (path === '/busy') {
        res.writeHead(429, { 'retry-after': '7' }).end('slow down');
      } else if (path === '/busy-until') {
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }).end();
      } else if (path === '/missing') {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>niet gevonden</h1>');
      } else if (path === '/host') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers.host);
      } else if (path === '/headers') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers));
      } else {
        res.writeHead(404).end();
      }
    });
  });

  afterAll(async () => {
    await server.close();
  });

  function makeFetcher(options: Partial<ConstructorParameters<typeof HttpFetcher>[0]> = {}): HttpFetcher {
    recorder = new MemoryRecorder();
    fetcher = new HttpFetcher({ userAgent: 'schoolscan-test/0.1', recorder, ...options });
    return fetcher;
  }

  afterEach(async () => {
    await fetcher?.close();
  });

  it('fetches a page, keeps its bytes as received and records the exchange', async () => {
    makeFetcher();
    const result = await fetcher.fetch(`${server.origin}/hello`, ctx);
    expect(result.status).toBe(200);
    expect(Buffer.from(result.body)).toEqual(CP1252_PAGE);
    expect(result.sha256).toBe(createHash('sha256').update(CP1252_PAGE).digest('hex'));
    expect(result.contentType).toBe('text/html; charset=windows-1252');
    expect(recorder.records).toHaveLength(1);
    const [{ exchange, purpose, siteId }] = recorder.records;
    expect({ purpose, siteId }).toEqual({ purpose: 'page', siteId: 'test-site' });
    expect(Buffer.from(exchange.response!.rawBody)).toEqual(CP1252_PAGE);
    expect(exchange.response!.statusText).toBe('OK');
    expect(exchange.remoteAddress).toBe('127.0.0.1');
  });

  it('sends User-Agent, Accept, Accept-Encoding and Accept-Language', async () => {
    makeFetcher();
    const result = await fetcher.fetch(`${server.origin}/headers`, { ...ctx, accept: 'application/xml' });
    const sent = JSON.parse(Buffer.from(result.body).toString()) as Record<string, string>;
    expect(sent['user-agent']).toBe('schoolscan-test/0.1');
    expect(sent['accept']).toBe('application/xml');
    expect(sent['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent['accept-language']).toMatch(/^nl,en/);
  });

  it('follows redirects one hop at a time and records every hop', async () => {
    makeFetcher();
    const result = await fetcher.fetch(`${server.origin}/a`, ctx);
    expect(result.finalUrl).toBe(`${server.origin}/c`);
    expect(result.redirects).toEqual([`${server.origin}/a`, `${server.origin}/b`]);
    expect(recorder.records.map((r) => [r.exchange.url, r.exchange.response?.status, r.purpose])).toEqual([
      [`${server.origin}/a`, 301, 'redirect'],
      [`${server.origin}/b`, 302, 'redirect'],
      [`${server.origin}/c`, 200, 'page'],
    ]);
    expect(Buffer.from(recorder.records[0].exchange.response!.rawBody).toString()).toBe('moved');
  });

  it('detects a redirect loop', async () => {
    makeFetcher();
    const error = await failureOf(fetcher.fetch(`${server.origin}/loop-x`, ctx));
    expect(error.reason).toBe('redirect-loop');
    expect(recorder.records).toHaveLength(2);
  });

  it('stops after maxRedirects', async () => {
    makeFetcher({ limits: { maxRedirects: 3 } });
    const error = await failureOf(fetcher.fetch(`${server.origin}/chain/0`, ctx));
    expect(error.reason).toBe('too-many-redirects');
    expect(recorder.records).toHaveLength(4);
  });

  it('lets the caller refuse a redirect target', async () => {
    makeFetcher();
    const error = await failureOf(
      fetcher.fetch(`${server.origin}/a`, { ...ctx, checkRedirect: (target) => (target.endsWith('/b') ? 'out-of-scope' : undefined) }),
    );
    expect(error.reason).toBe('out-of-scope');
    expect(error.details.finalUrl).toBe(`${server.origin}/b`);
  });

  it('decodes gzip, br, deflate and raw deflate, recording the compressed wire bytes', async () => {
    makeFetcher();
    const gzip = await fetcher.fetch(`${server.origin}/gzip`, ctx);
    expect(Buffer.from(gzip.body)).toEqual(CP1252_PAGE);
    expect(Buffer.from(recorder.records[0].exchange.response!.rawBody)).toEqual(gzipSync(CP1252_PAGE));
    expect(gzip.rawBytes).toBe(gzipSync(CP1252_PAGE).length);
    expect(Buffer.from((await fetcher.fetch(`${server.origin}/br`, ctx)).body).toString()).toBe('<p>brotli</p>');
    expect(Buffer.from((await fetcher.fetch(`${server.origin}/deflate`, ctx)).body).toString()).toBe('<p>zlib deflate</p>');
    expect(Buffer.from((await fetcher.fetch(`${server.origin}/raw-deflate`, ctx)).body).toString()).toBe('<p>raw deflate</p>');
  });

  it('reports a corrupt gzip body as an encoding failure', async () => {
    makeFetcher();
    expect((await failureOf(fetcher.fetch(`${server.origin}/corrupt-gzip`, ctx))).reason).toBe('encoding');
  });

  it('aborts a gzip bomb quickly with bounded memory', async () => {
    makeFetcher({ limits: { maxBytes: 5 * 1024 * 1024, maxRawBytes: 5 * 1024 * 1024 } });
    const before = process.memoryUsage();
    const started = Date.now();
    const error = await failureOf(fetcher.fetch(`${server.origin}/bomb`, ctx));
    const elapsed = Date.now() - started;
    const after = process.memoryUsage();
    expect(error.reason).toBe('decompression-bomb');
    expect(elapsed).toBeLessThan(3_000);
    // Inflating all of it would need 200 MB; the decoded part is capped at 5 MB.
    expect(after.rss - before.rss).toBeLessThan(80 * 1024 * 1024);
    const [record] = recorder.records;
    expect(record.exchange.truncated).toBe('decompressed');
    expect(record.exchange.response!.rawBody.length).toBeLessThanOrEqual(bomb.length);
  });

  it('refuses a body over maxRawBytes but records its first bytes', async () => {
    makeFetcher({ limits: { maxBytes: 1024 * 1024 } });
    const chunked = await failureOf(fetcher.fetch(`${server.origin}/big-chunked`, ctx));
    expect(chunked.reason).toBe('too-large');
    expect(recorder.records[0].exchange.truncated).toBe('length');
    expect(recorder.records[0].exchange.response!.rawBody.length).toBe(1024 * 1024);

    const declared = await failureOf(fetcher.fetch(`${server.origin}/big`, ctx));
    expect(declared.reason).toBe('too-large');
    expect(recorder.records[1].exchange.truncated).toBe('length');
  });

  it('times out a body that drips in slowly', async () => {
    makeFetcher({ limits: { timeoutMs: 600 } });
    const started = Date.now();
    const error = await failureOf(fetcher.fetch(`${server.origin}/drip`, ctx));
    expect(error.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    const [record] = recorder.records;
    expect(record.exchange.truncated).toBe('time');
    expect(record.exchange.response!.rawBody.length).toBeGreaterThan(0);
  });

  it('times out when headers do not arrive', async () => {
    makeFetcher({ limits: { headersTimeoutMs: 300 } });
    const error = await failureOf(fetcher.fetch(`${server.origin}/slow-headers`, ctx));
    expect(error.reason).toBe('timeout');
    expect(recorder.records[0].exchange.response).toBeUndefined();
  });

  it('maps 429 with Retry-After seconds and 503 with a date', async () => {
    makeFetcher();
    const busy = await failureOf(fetcher.fetch(`${server.origin}/busy`, ctx));
    expect(busy.reason).toBe('http-429');
    expect(busy.details).toMatchObject({ status: 429, retryAfterMs: 7000 });
    const unavailable = await failureOf(fetcher.fetch(`${server.origin}/busy-until`, ctx));
    expect(unavailable.reason).toBe('http-5xx');
    expect(unavailable.details.retryAfterMs).toBeGreaterThan(55_000);
    expect(unavailable.details.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('records a 404 and fails with http-4xx', async () => {
    makeFetcher();
    const error = await failureOf(fetcher.fetch(`${server.origin}/missing`, ctx));
    expect(error.reason).toBe('http-4xx');
    expect(error.details.status).toBe(404);
    expect(Buffer.from(recorder.records[0].exchange.response!.rawBody).toString()).toContain('niet gevonden');
  });

  it('maps refused connections and unknown hosts', async () => {
    makeFetcher();
    const closed = await startLocalServer(() => undefined);
    await closed.close();
    expect((await failureOf(fetcher.fetch(`${closed.origin}/`, ctx))).reason).toBe('connection');
    expect((await failureOf(fetcher.fetch('http://no-such-school.invalid/', ctx))).reason).toBe('dns');
    expect(recorder.records.every((r) => r.exchange.response === undefined)).toBe(true);
  });

  it('rejects URLs that are not http(s)', async () => {
    makeFetcher();
    expect((await failureOf(fetcher.fetch('ftp://example.nl/', ctx))).reason).toBe('invalid-url');
  });

  it('reaches .test hosts through a host map, with or without a port in the URL', async () => {
    makeFetcher({ hostMap: HostMap.parse(['*.test=127.0.0.1']) });
    const withPort = await fetcher.fetch(`http://www.school.test:${server.port}/host`, ctx);
    expect(Buffer.from(withPort.body).toString()).toBe(`www.school.test:${server.port}`);
    await fetcher.close();

    makeFetcher({ hostMap: HostMap.parse([`*.test=127.0.0.1:${server.port}`]) });
    const portless = await fetcher.fetch('http://www.school.test/host', ctx);
    expect(Buffer.from(portless.body).toString()).toBe('www.school.test');
  });

  it('pauses a host through the gate after a 429 with Retry-After', async () => {
    const gate = new HostLimiter();
    const paused: [string, number][] = [];
    const originalPause = gate.pause.bind(gate);
    gate.pause = (host, ms) => {
      paused.push([host, ms]);
      originalPause(host, 0);
    };
    makeFetcher({ gate });
    await failureOf(fetcher.fetch(`${server.origin}/busy`, ctx));
    expect(paused).toEqual([['127.0.0.1', 7000]]);
  });
});
