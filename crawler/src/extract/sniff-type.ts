export type DocumentType = 'html' | 'pdf' | 'text';

export interface TypeHints {
  bytes: Uint8Array;
  contentType?: string;
  url?: string;
  fileName?: string;
}

/** The PDF header may follow some junk, but must start within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;
const SNIFF_WINDOW = 4096;
/** Tags that open an HTML document, after optional whitespace (after the WHATWG MIME sniffing list). */
const HTML_START =
  /^\s*<(!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|meta|link|!--)[\s>/]/i;
const HTML_ROOT_ANYWHERE = /<html[\s>]/i;

const TYPE_BY_MEDIA_TYPE: Record<string, DocumentType> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'text',
};
/** Media types that say nothing about the content: decide by extension and bytes instead. */
const UNINFORMATIVE_MEDIA_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown', 'application/xml', 'text/xml']);

const TYPE_BY_EXTENSION: Record<string, DocumentType> = {
  pdf: 'pdf',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html', php: 'html', asp: 'html', aspx: 'html', jsp: 'html',
  txt: 'text', text: 'text', md: 'text',
};

/**
 * Decides how to read a body. The bytes win over labels where they are unambiguous (a PDF header, an
 * HTML page served as application/pdf); then the Content-Type; then the file or URL extension; and for
 * unlabelled input the bytes again: HTML markup, else readable text. Undefined: not a document we read.
 */
export function sniffDocumentType({ bytes, contentType, url, fileName }: TypeHints): DocumentType | undefined {
  if (hasPdfHeader(bytes)) return 'pdf';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_WINDOW)).toString('latin1');
  const looksLikeHtml = HTML_START.test(head.replace(/^\xef\xbb\xbf/, '')) || HTML_ROOT_ANYWHERE.test(head);
  const mediaType = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  const declared = UNINFORMATIVE_MEDIA_TYPES.has(mediaType) ? typeByExtension(fileName ?? url) : TYPE_BY_MEDIA_TYPE[mediaType];
  if (declared === 'pdf' && looksLikeHtml) return 'html';
  if (declared) return declared;
  if (!UNINFORMATIVE_MEDIA_TYPES.has(mediaType)) return undefined;
  if (looksLikeHtml) return 'html';
  return looksLikeText(bytes.subarray(0, SNIFF_WINDOW)) ? 'text' : undefined;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PDF_HEADER_WINDOW)).includes('%PDF-');
}

function typeByExtension(name: string | undefined): DocumentType | undefined {
  if (!name) return undefined;
  let path = name;
  try {
    path = new URL(name).pathname;
  } catch {
    // A file name, not a URL.
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? TYPE_BY_EXTENSION[extension] : undefined;
}

/** Text has no NUL bytes and hardly any control characters other than tab and line ends. */
function looksLikeText(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  const startsWithUtf16Bom = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (startsWithUtf16Bom) return true;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / sample.length < 0.01;
}
