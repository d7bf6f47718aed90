/** The two kinds of likely violation schoolscan looks for (see GUIDELINE.md). */
export const CATEGORIES = ['commercial-tutoring', 'mandatory-contribution'] as const;
export type Category = (typeof CATEGORIES)[number];

/** `likely` is a flag; `review` means a person should look. Below review there is no finding. */
export const LEVELS = ['likely', 'review'] as const;
export type Level = (typeof LEVELS)[number];

/** Half-open character range [start, end) relative to the text it belongs to. */
export interface Span {
  start: number;
  end: number;
}

/** One finding, as fixed by CONTRACTS.md. Optional fields are filled by crawls and the extension. */
export interface Finding {
  category: Category;
  level: Level;
  score: number;
  /** The whole sentence or passage as it stands on the page. */
  text: string;
  /** The trigger words, relative to `text`. */
  span: Span;
  /** Plain-language reasons, Dutch by default. */
  reasons: string[];
  ruleIds: string[];
  url?: string;
  pdfPage?: number;
  /** CSS selector or text-position selector of the block the passage came from. */
  locator?: string;
  siteId?: string;
  /** Index of the block in the document, and the passage's offset inside that block's text. */
  blockIndex?: number;
  blockOffset?: number;
}
