import { getDocumentProxy } from 'unpdf';
import type { Block, DocumentInput } from '../../../shared/src/index.ts';
import { ExtractError } from './extract-error.ts';
import { groupPdfLines, type PdfTextItem } from './pdf-lines.ts';

export interface PdfExtraction {
  document: DocumentInput;
  /** Pages in the file, including any past `maxPages` that were not read. */
  pageCount: number;
  title?: string;
}

export interface PdfOptions {
  /** Read at most this many pages; a 1,000-page scan archive should not stall a crawl. @default 300 */
  maxPages?: number;
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

const DEFAULT_MAX_PAGES = 300;
/** PDF.js logs recoverable problems to the console by default; 0 keeps it to errors. */
const ERRORS_ONLY = 0;

/**
 * Extracts a PDF's text, page by page, as paragraph blocks with locator `pdf:page=N;block=M` (both
 * 1-based). A page that fails to parse is left out; the file fails only when every page read fails.
 * Throws ExtractError 'corrupt-pdf' for a file PDF.js cannot open (damaged, truncated, password
 * protected) and 'empty' for a PDF without any text, such as a scan.
 */
export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfExtraction> {
  const pdf = await openPdf(bytes);
  try {
    const pageCount = pdf.numPages;
    const pagesToRead = Math.min(pageCount, options.maxPages ?? DEFAULT_MAX_PAGES);
    const blocks: Block[] = [];
    let failedPages = 0;
    for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber++) {
      const paragraphs = await readPage(pdf, pageNumber).catch(() => undefined);
      if (!paragraphs) failedPages++;
      for (const [index, text] of (paragraphs ?? []).entries()) {
        blocks.push({ kind: 'pdf-lines', text, locator: `pdf:page=${pageNumber};block=${index + 1}`, pdfPage: pageNumber });
      }
    }
    if (pagesToRead > 0 && failedPages === pagesToRead) {
      throw new ExtractError('corrupt-pdf', `None of the ${pagesToRead} pages of the PDF could be read`);
    }
    if (blocks.length === 0) {
      throw new ExtractError('empty', `The PDF has ${pageCount} page(s) but no text (a scan without a text layer?)`);
    }
    const title = await documentTitle(pdf);
    const document: DocumentInput = { blocks };
    if (title) document.title = title;
    return { document, pageCount, title };
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // A copy, because PDF.js may take over (detach) the buffer it is given, and the caller still needs the bytes.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: ERRORS_ONLY });
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const why = name === 'PasswordException' ? 'it is password protected' : `${name}: ${(error as Error)?.message ?? error}`;
    throw new ExtractError('corrupt-pdf', `The PDF could not be opened (${why})`, { cause: error });
  }
}

async function readPage(pdf: PdfDocument, pageNumber: number): Promise<string[]> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
    return groupPdfLines(items);
  } finally {
    page.cleanup();
  }
}

async function documentTitle(pdf: PdfDocument): Promise<string | undefined> {
  const { info } = await pdf.getMetadata().catch(() => ({ info: undefined }));
  const title = (info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
