// Adapter from the extract module to the crawl's Extractor port.
// Interim: HTML only, through extractHtml; switches to extractDocument (HTML + PDF) when that lands.
import { decodeHtml } from '../extract/decode.ts';
import { ExtractError } from '../extract/extract-error.ts';
import { extractHtml } from '../extract/html-extractor.ts';
import type { ExtractedPage, Extractor } from './ports.ts';

export function createExtractor(): Extractor {
  return ({ bytes, contentType, url }): ExtractedPage => {
    if (contentType && !/html|xml|text\/plain/i.test(contentType)) throw new ExtractError('unsupported-type', `${contentType} is not HTML`);
    const html = extractHtml(decodeHtml(bytes, contentType).text, url);
    return { kind: 'html', document: html.document, links: html.links, title: html.title || undefined, appShell: html.appShell };
  };
}
