import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HttpExchange } from '../fetch/types.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { CrawlFinding, PageCommit } from '../store/records.ts';
import { CrawlArchive } from './crawl-archive.ts';
import { recordAt } from './warc-scan.ts';

const URL_A = 'http://www.school.test/ouders';

function exchange(url: string, status: number, body: string): HttpExchange {
  return {
    url, method: 'GET', requestHeaders: [['user-agent', 'test']], startedAt: new Date().toISOString(),
    response: { status, statusText: '', httpVersion: '1.1', headers: [['content-type', 'text/html']], rawBody: Buffer.from(body) },
  };
}

function commit(rendered = false): PageCommit {
  const finding = { text: 'De ouderbijdrage is verplicht.', evidence: { sha256: 'x', capturedAt: '', toolVersion: '', userAgent: '' } } as CrawlFinding;
  return {
    page: { siteId: 'school.test', url: URL_A, finalUrl: URL_A, depth: 0, stage: 'stored', attempts: 1, rendered },
    outcome: 'done', findings: [finding], discovered: [], outlinks: [],
  };
}

function archiveIn(dir: string): CrawlArchive {
  const store = { warcOffsets: async () => [] } as unknown as CrawlStore;
  return new CrawlArchive({ dir, store, userAgent: 'test', obeyRobots: true, warn: () => undefined });
}

function statusLineAt(dir: string, file: string, offset: number): string | undefined {
  const bytes = readFileSync(join(dir, file));
  const length = bytes.length - offset;
  return recordAt(bytes, offset, length).parts?.http?.statusLine ?? recordAt(bytes, offset, length).parts?.warcHeaders.get('warc-type');
}

describe('CrawlArchive', () => {
  it('seals a page: the file length goes into the commit, and findings point at the page\'s successful response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-'));
    const archive = archiveIn(dir);
    archive.record(exchange('http://www.school.test/robots.txt', 200, 'User-agent: *'), { siteId: 'school.test', purpose: 'robots' });
    archive.record(exchange(URL_A, 503, 'busy'), { siteId: 'school.test', purpose: 'page' });
    archive.record(exchange(URL_A, 200, '<p>De ouderbijdrage is verplicht.</p>'), { siteId: 'school.test', purpose: 'page' });
    archive.record(exchange(URL_A, 200, '<p>as a browser saw it</p>'), { siteId: 'school.test', purpose: 'page' });
    const page = commit();
    await archive.sealPage(page);
    await archive.close();

    const copy = page.findings[0].evidence.archive!;
    expect(page.warc).toEqual({ siteId: 'school.test', file: 'archive/school.test-001.warc.gz', bytes: statSync(join(dir, 'archive/school.test-001.warc.gz')).size });
    expect(copy).toMatchObject({ warcFile: page.warc!.file, url: URL_A });
    expect(copy.timestamp).toMatch(/^\d{14}$/);
    expect(statusLineAt(dir, copy.warcFile, copy.offset)).toBe('HTTP/1.1 200');
    const bytes = readFileSync(join(dir, copy.warcFile));
    expect(Buffer.from(recordAt(bytes, copy.offset, bytes.length - copy.offset).parts!.http!.payload).toString()).toContain('ouderbijdrage');
  });

  it('points the findings of a rendered page at the rendered DOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-'));
    const archive = archiveIn(dir);
    archive.record(exchange(URL_A, 200, '<div id="app"></div>'), { siteId: 'school.test', purpose: 'page' });
    archive.recordRenderedDom('school.test', URL_A, '<html><body><p>De ouderbijdrage is verplicht.</p></body></html>');
    const page = commit(true);
    await archive.sealPage(page);
    await archive.close();
    const copy = page.findings[0].evidence.archive!;
    expect(copy.url).toBe(URL_A);
    expect(statusLineAt(dir, copy.warcFile, copy.offset)).toBe('resource');
  });

  it('leaves a site it recorded nothing for alone', async () => {
    const archive = archiveIn(mkdtempSync(join(tmpdir(), 'archive-')));
    const page = commit();
    await archive.sealPage(page);
    expect(page.warc).toBeUndefined();
    expect(page.findings[0].evidence.archive).toBeUndefined();
  });
});
