/** Kinds of text block an extractor produces. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'pdf-lines';

/** A unit of visible text with a locator that finds it again (CSS selector, or `pdf:page=N;line=M`). */
export interface Block {
  kind: BlockKind;
  text: string;
  locator: string;
  /** 1-based page number for blocks extracted from a PDF. */
  pdfPage?: number;
  /** Heading level 1-6 for headings. */
  headingLevel?: number;
}

/** A document to classify: its blocks plus what is known about the page around them. */
export interface DocumentInput {
  blocks: Block[];
  url?: string;
  title?: string;
}
