// Run with `npx vitest bench --run crawler/src/extract`. Most of the time is parse5 building the tree.
// Measured as process CPU time on the 2-core development VM (wall time there was meaningless: load 10+):
// 5 MB news archive: parse5 alone 0.5-0.7 s, whole extraction 0.6-0.8 s;
// 5 MB of dense markup (450,000 nodes): parse5 alone 1.1-1.5 s, whole extraction 1.8-2.2 s, linear in size.
import { bench, describe } from 'vitest';
import * as cheerio from 'cheerio';
import { denseMarkupPage, newsArchivePage } from './fixtures/large-pages.ts';
import { extractHtml } from './html-extractor.ts';

const FIVE_MB = 5_000_000;
const pages = { 'news archive': newsArchivePage(FIVE_MB), 'dense markup': denseMarkupPage(FIVE_MB) };

for (const [name, html] of Object.entries(pages)) {
  describe(`5 MB ${name}`, () => {
    bench('parse5 only (cheerio.load)', () => void cheerio.load(html), { iterations: 3, time: 0 });
    bench('extractHtml', () => void extractHtml(html, 'https://school.example.nl/'), { iterations: 3, time: 0 });
  });
}
