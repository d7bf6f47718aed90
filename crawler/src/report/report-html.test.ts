import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCrawlStore } from '../store/index.ts';
import { commit, finding, page } from '../store/store-fixtures.ts';
import { markSpan, safeEvidencePath, safeHref } from './html.ts';
import { writeCrawlOutputs } from './write-outputs.ts';

const HOSTILE = `Bijles <script>alert(1)</script> bij <img src=x onerror="alert(2)"> Lyceo " onmouseover='x'`;

async function crawlFolderWithHostileText() {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  const store = openCrawlStore(dir);
  await store.putManifest({ toolVersion: '0.1.0', createdAt: '2024-01-01T00:00:00Z', options: {} });
  await store.addSites([{ siteId: 'a.test', seedUrls: ['http://a.test/'], locations: [{ name: '<b>De Akker</b>', place: 'Utrecht', code: '01AB00', type: 'po' }] }]);
  await store.seedSite('a.test', [{ url: 'http://a.test/', depth: 0 }, { url: 'http://a.test/kapot', depth: 1 }, { url: 'http://a.test/x', depth: 1 }]);
  await store.commitPage(commit('http://a.test/', {
    page: page('http://a.test/', { title: '<script>t()</script>' }),
    findings: [finding('http://a.test/', HOSTILE, {
      span: { start: 0, end: 6 }, reasons: ['<i>reden</i>'],
      evidence: { screenshot: 'evidence/a.test/0123456789abcdef0123456789abcdef.png', sha256: 'ff', capturedAt: '2024-01-01T00:00:00Z', toolVersion: '0.1.0', userAgent: 'ua' },
    }), finding('javascript:alert(3)', 'verplicht <svg onload=alert(4)>', { category: 'mandatory-contribution', level: 'review' })],
    outlinks: [{ siteId: 'a.test', fromUrl: 'http://a.test/', toUrl: 'https://www.lyceo.nl/', bureau: 'lyceo.nl', anchorText: '<u>Lyceo</u>' }],
  }));
  await store.commitPage(commit('http://a.test/kapot', { outcome: 'failed', page: page('http://a.test/kapot', { stage: 'fetched', error: 'corrupt-pdf' }) }));
  await store.commitPage(commit('http://a.test/x', { outcome: 'skipped', page: page('http://a.test/x', { stage: 'none', error: 'robots' }) }));
  await writeCrawlOutputs(store, dir);
  await store.close();
  return dir;
}

describe('report.html', () => {
  it('contains no live markup from page text, and still shows the text', async () => {
    const report = readFileSync(join(await crawlFolderWithHostileText(), 'report.html'), 'utf8');
    expect(report).not.toMatch(/<script/i);
    expect(report).not.toMatch(/<img[^>]*onerror/i);
    expect(report).not.toMatch(/<svg/i);
    expect(report).not.toMatch(/<[a-z]+[^>]*\son(error|load|mouseover)=/i);
    expect(report).not.toContain('<b>De Akker');
    expect(report).not.toContain('href="javascript:');
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).toContain('<mark>Bijles</mark>');
    expect(report).toContain('src="evidence/a.test/0123456789abcdef0123456789abcdef.png"');
    expect(report).toContain('PDF kon niet worden gelezen');
    expect(report).toContain('Uitgesloten door robots.txt');
    expect(report).toMatch(/signaal voor een mens, geen oordeel/);
    expect(report).not.toMatch(/<link|src="https?:|<script/i);
  });

  it('writes the other outputs from the same store', async () => {
    const dir = await crawlFolderWithHostileText();
    const pages = readFileSync(join(dir, 'pages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(pages.map((p) => [p.url, p.state, p.error])).toEqual([
      ['http://a.test/', 'done', null], ['http://a.test/kapot', 'failed', 'corrupt-pdf'], ['http://a.test/x', 'skipped', 'robots'],
    ]);
    expect(readFileSync(join(dir, 'findings.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    const csv = readFileSync(join(dir, 'sites.csv'), 'utf8').split('\n');
    expect(csv[0]).toContain('commercial-tutoring:likely');
    expect(csv[1]).toContain('a.test');
    expect(csv[1]).toContain('<b>De Akker</b>');
  });
});

describe('html helpers', () => {
  it('marks a span with both sides escaped, clamping a span that overruns the text', () => {
    expect(markSpan('a<b>c', { start: 1, end: 4 })).toBe('a<mark>&lt;b&gt;</mark>c');
    expect(markSpan('abc', { start: 2, end: 99 })).toBe('ab<mark>c</mark>');
  });
  it('lets only http(s) links and evidence paths through', () => {
    expect(safeHref('javascript:alert(1)')).toBe('#');
    expect(safeHref('http://a.test/?q="x"')).toBe('http://a.test/?q=%22x%22');
    expect(safeEvidencePath('../../etc/passwd')).toBeUndefined();
    expect(safeEvidencePath('evidence/a.test/0123456789abcdef.png')).toBe('evidence/a.test/0123456789abcdef.png');
  });
});
