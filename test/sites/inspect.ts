/** Reading served pages the way the tests compare them: visible text, PDF page texts. */
import * as cheerio from 'cheerio';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderAppShell } from './app-shell.ts';
import { normaliseWhitespace } from './text.ts';

/** Visible text of an HTML document: entities decoded, scripts and styles dropped, whitespace collapsed. */
export function visibleText(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, noscript').remove();
  return normaliseWhitespace($('body').text());
}

/** Visible text after the page's own JavaScript ran (for app-shell pages), else the plain visible text. */
export function renderedText(html: string): string {
  const rendered = renderAppShell(html);
  return rendered === null ? visibleText(html) : visibleText(`<body>${rendered}</body>`);
}

/** Text of each PDF page (index 0 = page 1), whitespace collapsed. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map(normaliseWhitespace);
}
