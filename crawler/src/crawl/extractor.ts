// Adapter from the extract module to the crawl's Extractor port.
import { extractDocument, extractRenderedHtml, type ExtractResult } from '../extract/index.ts';
import type { ExtractedPage, Extractor } from './ports.ts';

export function createExtractor(): Extractor {
  return {
    fromBytes: async (input) => toPage(await extractDocument(input)),
    fromRenderedHtml: (html, url) => toPage(extractRenderedHtml(html, url)),
  };
}

function toPage(result: ExtractResult): ExtractedPage {
  return {
    kind: result.kind === 'pdf' ? 'pdf' : result.kind === 'text' ? 'text' : 'html',
    document: result.document,
    links: result.links,
    title: result.title,
    appShell: result.appShell,
    pdfPages: result.pageCount,
  };
}
