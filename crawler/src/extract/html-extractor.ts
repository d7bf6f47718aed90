import * as cheerio from 'cheerio';
import type { DocumentInput } from '../../../shared/src/index.ts';
import { normalizeWhitespace } from '../../../shared/src/index.ts';
import { looksLikeAppShell } from './app-shell.ts';
import { createLocator } from './css-locator.ts';
import { allElements, attribute, parentElement, textOf, type Element } from './dom.ts';
import { collectBlocks } from './html-blocks.ts';
import { createExclusionRule } from './html-exclusion.ts';
import { collectLinks, type ExtractedLink } from './html-links.ts';

export type { ExtractedLink, LinkKind } from './html-links.ts';

export interface HtmlExtraction {
  document: DocumentInput;
  links: ExtractedLink[];
  /** From <title>, else og:title, else the first h1; "" when the page has none. */
  title: string;
  lang?: string;
  /** Almost no text but a script app's markers: render the page in a browser to read it. */
  appShell: boolean;
  /** Characters of text in all blocks together. */
  textLength: number;
}

/**
 * Turns HTML into text blocks with CSS locators, plus the page's links. Parsed with parse5 (cheerio's
 * default), which builds the same tree a browser does from the same bytes, so a locator also finds its
 * block in the live page. Never throws on malformed HTML: the parser repairs whatever it is given.
 */
export function extractHtml(html: string, baseUrl?: string): HtmlExtraction {
  const root = cheerio.load(html).root()[0];
  const elements = allElements(root);
  const rootElement = elements[0];
  const blocks = rootElement
    ? collectBlocks(root, rootElement, { isExcluded: createExclusionRule(elements), locate: createLocator(elements) })
    : [];
  const textLength = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const title = pageTitle(elements);
  const document: DocumentInput = { blocks };
  if (baseUrl) document.url = baseUrl;
  if (title) document.title = title;
  const extraction: HtmlExtraction = {
    document,
    links: collectLinks(elements, baseUrl),
    title,
    appShell: looksLikeAppShell(elements, textLength),
    textLength,
  };
  const lang = rootElement && attribute(rootElement, 'lang')?.trim();
  if (lang) extraction.lang = lang;
  return extraction;
}

// <title>, then og:title, then the first h1: all three come in document order, so one pass that stops early.
function pageTitle(elements: readonly Element[]): string {
  let ogTitle = '';
  for (const element of elements) {
    if (element.name === 'title' && parentElement(element)?.name === 'head') {
      const title = normalizeWhitespace(textOf(element));
      if (title) return title;
    } else if (element.name === 'meta' && attribute(element, 'property') === 'og:title') {
      ogTitle ||= normalizeWhitespace(attribute(element, 'content') ?? '');
    } else if (element.name === 'h1') {
      const heading = ogTitle || normalizeWhitespace(textOf(element));
      if (heading) return heading;
    }
  }
  return ogTitle;
}
