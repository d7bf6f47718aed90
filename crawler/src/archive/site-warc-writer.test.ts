import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import type { HttpExchange } from '../fetch/types.ts';
import { SiteWarcWriter, type SiteWarcWriterOptions } from './site-warc-writer.ts';
import { digestMismatches, payloadOf } from './warc-record-parts.ts';
import { exchangeRecords } from './warc-records.ts';
import { scanWarc } from './warc-scan.ts';

const page = Buffer.from('<html><body><p>De ouderbijdrage van € 55 is verplicht.</p></body></html>');

function exchange(overrides: Partial<HttpExchange> = {}): HttpExchange {
  return {
    url: 'http://www.school.test/ouders?jaar=2025',
    method: 'GET',
    requestHeaders: [['user-agent', 'schoolscan-test'], ['accept', 'text/html']],
    response: {
      status: 200, statusText: 'OK', httpVersion: '1.1',
      headers: [['content-type', 'text/html; charset=utf-8'], ['content-encoding', 'gzip'], ['transfer-encoding', 'chunked'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2']],
      rawBody: gzipSync(page),
    },
    startedAt: '2026-03-02T10:11:12.345Z',
    remoteAddress: '127.0.0.1',
    ...overrides,
  };
}

function options(dir: string, extra: Partial<SiteWarcWriterOptions> = {}): SiteWarcWriterOptions {
  return { dir, siteId: 'school.test', committed: [], warcinfo: { software: 'test' }, maxFileBytes: 1 << 30, warn: () => undefined, ...extra };
}

describe('SiteWarcWriter and the records it writes', () => {
  it('writes warcinfo, then response and request per exchange, readable by warcio with digests that hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warc-'));
    const writer = await SiteWarcWriter.open(options(dir));
    const [positions] = await Promise.all([writer.append(await exchangeRecords(exchange())), writer.append(await exchangeRecords(exchange({ truncated: 'length' })))]);
    const offset = await writer.sync();
    await writer.close();
    expect(offset).toEqual({ siteId: 'school.test', file: 'archive/school.test-001.warc.gz', bytes: statSync(join(dir, offset!.file)).size });
    expect(positions[0].offset).toBeGreaterThan(0);

    const bytes = readFileSync(join(dir, offset!.file));
    const records = [];
    for await (const record of new WARCParser([bytes])) {
      records.push({ type: record.warcType, headers: record.warcHeaders.headers, http: record.httpHeaders, body: await record.readFully(false) });
    }
    expect(records.map((r) => r.type)).toEqual(['warcinfo', 'response', 'request', 'response', 'request']);
    const [, response, request, truncated] = records;
    expect(response.headers.get('WARC-Target-URI')).toBe('http://www.school.test/ouders?jaar=2025');
    expect(response.headers.get('WARC-Date')).toBe('2026-03-02T10:11:12.345Z');
    expect(response.headers.get('WARC-IP-Address')).toBe('127.0.0.1');
    expect(response.headers.get('WARC-Payload-Digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Buffer.from(response.body)).toEqual(gzipSync(page));
    expect(response.http?.headers.get('x-archive-orig-transfer-encoding')).toBe('chunked');
    expect(response.http?.headers.get('transfer-encoding')).toBeNull();
    expect(request.headers.get('WARC-Concurrent-To')).toBe(response.headers.get('WARC-Record-ID'));
    expect(request.http?.statusline).toBe('GET /ouders?jaar=2025 HTTP/1.1');
    expect(request.http?.headers.get('host')).toBe('www.school.test');
    expect(truncated.headers.get('WARC-Truncated')).toBe('length');

    for await (const scanned of scanWarc(bytes)) {
      expect(scanned.damage).toBeUndefined();
      expect(digestMismatches(scanned.parts!), scanned.type).toEqual([]);
      if (scanned.type === 'response') expect(Buffer.from(payloadOf(scanned.parts!))).toEqual(gzipSync(page));
    }
  });

  it('names the record whose bytes changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warc-'));
    const writer = await SiteWarcWriter.open(options(dir));
    const [response] = await writer.append(await exchangeRecords(exchange()));
    const { file } = (await writer.sync())!;
    await writer.close();
    const bytes = readFileSync(join(dir, file));
    bytes[response.offset + Math.floor(response.length / 2)] ^= 0x01;
    const damaged = [];
    try {
      for await (const scanned of scanWarc(bytes)) if (scanned.damage || digestMismatches(scanned.parts!).length) damaged.push(scanned.offset);
    } catch (error) {
      damaged.push((error as { offset: number }).offset);
    }
    expect(damaged).toEqual([response.offset]);
  });

  it('on reopening cuts what no commit covered and starts the next file of the series', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warc-'));
    const first = await SiteWarcWriter.open(options(dir));
    await first.append(await exchangeRecords(exchange()));
    const committed = (await first.sync())!;
    await first.append(await exchangeRecords(exchange()));
    await first.close();
    appendFileSync(join(dir, committed.file), Buffer.from([0x1f, 0x8b, 0x08])); // half a record
    writeFileSync(join(dir, 'archive/school.test-002.warc.gz'), 'never committed');

    const second = await SiteWarcWriter.open(options(dir, { committed: [committed] }));
    expect(statSync(join(dir, committed.file)).size).toBe(committed.bytes);
    expect(existsSync(join(dir, 'archive/school.test-002.warc.gz'))).toBe(false);
    await second.append(await exchangeRecords(exchange()));
    expect((await second.sync())!.file).toBe('archive/school.test-003.warc.gz');
    await second.close();
  });
});
