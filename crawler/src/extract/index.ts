// The extract stage: raw bytes (fetched, or a file given to `schoolscan classify`) into a DocumentInput of
// text blocks with locators, plus the links a crawler may follow.
import type { DocumentInput } from '../../../shared/src/index.ts';
import { decodeHtml, decodePlainText } from './decode.ts';
import { ExtractError } from './extract-error.ts';
import { extractHtml, type ExtractedLink } from './html-extractor.ts';
import { extractPdf } from './pdf-extractor.ts';
import { sniffDocumentType, type DocumentType, type TypeHints } from './sniff-type.ts';
import { extractText } from './text-extractor.ts';

export { ExtractError, type ExtractFailureReason } from './extract-error.ts';
export type { ExtractedLink, LinkKind } from './html-extractor.ts';
export type { DocumentType } from './sniff-type.ts';

export interface ExtractInput extends TypeHints {
  bytes: Uint8Array;
  /** The Content-Type header, charset included. */
  contentType?: string;
  /** The final URL after redirects: base for relative links, and `document.url`. */
  url?: string;
  fileName?: string;
}

export interface ExtractOptions {
  /** Read at most this many pages of a PDF. @default 300 */
  maxPdfPages?: number;
}

export interface ExtractResult {
  kind: DocumentType;
  document: DocumentInput;
  /** Links to follow; HTML only (empty for PDF and text). */
  links: ExtractedLink[];
  title?: string;
  /** HTML only: the page is a script app's empty shell and needs a browser to show its text. */
  appShell?: boolean;
  /** HTML only: the `lang` of the page. */
  lang?: string;
  /** HTML and text: the character encoding the bytes were decoded with. */
  encoding?: string;
  /** PDF only: pages in the file (more than were read when over `maxPdfPages`). */
  pageCount?: number;
}

/**
 * Sniffs the type (PDF header, Content-Type, extension, HTML markup) and extracts accordingly.
 * HTML without text is not an error (it may be an app shell to render); a PDF or text file without
 * text is. Throws only ExtractError: 'unsupported-type', 'encoding', 'corrupt-pdf', 'empty', or
 * 'extract-failed' for anything unexpected.
 */
export async function extractDocument(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractResult> {
  const kind = sniffDocumentType(input);
  try {
    switch (kind) {
      case 'pdf':
        return await fromPdf(input, options);
      case 'html':
        return fromHtml(input);
      case 'text':
        return fromText(input);
      default:
        throw new ExtractError('unsupported-type', `Not HTML, PDF or text (${describeInput(input)})`);
    }
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ExtractError('extract-failed', `Extracting ${kind} failed: ${message}`, { cause: error });
  }
}

/** The same HTML extraction, for the DOM a browser rendered (Playwright's `page.content()`). */
export function extractRenderedHtml(html: string, url?: string): ExtractResult {
  const { document, links, title, appShell, lang } = extractHtml(html, url);
  return { kind: 'html', document, links, title: title || undefined, appShell, lang };
}

async function fromPdf({ bytes, url }: ExtractInput, options: ExtractOptions): Promise<ExtractResult> {
  const { document, pageCount, title } = await extractPdf(bytes, { maxPages: options.maxPdfPages });
  return { kind: 'pdf', document: withUrl(document, url), links: [], title, pageCount };
}

function fromHtml({ bytes, contentType, url }: ExtractInput): ExtractResult {
  const { text, encoding } = decodeHtml(bytes, contentType);
  return { ...extractRenderedHtml(text, url), encoding };
}

function fromText({ bytes, contentType, url }: ExtractInput): ExtractResult {
  const { text, encoding } = decodePlainText(bytes, contentType);
  const document = extractText(text);
  if (document.blocks.length === 0) throw new ExtractError('empty', 'The text file holds no text');
  return { kind: 'text', document: withUrl(document, url), links: [], encoding };
}

function withUrl(document: DocumentInput, url: string | undefined): DocumentInput {
  return url ? { ...document, url } : document;
}

function describeInput({ bytes, contentType, url, fileName }: ExtractInput): string {
  const source = fileName ?? url ?? 'input';
  return `${source}: ${contentType ? `Content-Type ${contentType}, ` : ''}${bytes.byteLength} bytes`;
}
