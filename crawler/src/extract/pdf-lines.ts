import { joinWrappedLines } from './join-wrapped-lines.ts';

/** The parts of a PDF.js text item that line grouping needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: font scale and skew, then the baseline origin (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

/** Items closer than this share a baseline (superscripts, kerned runs), as a share of the font size. */
const SAME_LINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this between two items on a line is a word space, as a share of the font size. */
const WORD_GAP = 0.15;
/** Lines further apart than the page's usual line pitch times this start a new paragraph. */
const PARAGRAPH_GAP_FACTOR = 1.35;
/** A font size change of more than this share separates a heading from its text. */
const FONT_SIZE_CHANGE = 0.15;

/**
 * Groups one page's text items into paragraphs: items into lines by baseline and end-of-line marks,
 * lines into paragraphs where the vertical gap is wider than the page's usual line pitch, the font size
 * changes, or the text jumps back up (a new column or box).
 */
export function groupPdfLines(items: readonly PdfTextItem[]): string[] {
  const lines = buildLines(items);
  const pitch = usualLinePitch(lines);
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (previous && startsParagraph(previous, line, pitch)) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line.text);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.map(joinWrappedLines).filter(Boolean);
}

function buildLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y = 0;
  let fontSize = 0;
  let endX: number | undefined;
  const close = () => {
    if (text.trim()) lines.push({ text: text.trim(), y, fontSize });
    text = '';
    endX = undefined;
  };

  for (const item of items) {
    const [, , c, d, x, itemY] = item.transform;
    const size = Math.hypot(c, d) || item.height;
    if (endX !== undefined && Math.abs(itemY - y) > SAME_LINE_TOLERANCE * Math.max(size, fontSize)) close();
    if (item.str) {
      if (endX === undefined) {
        y = itemY;
        fontSize = size;
      } else if (x - endX > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(item.str)) {
        text += ' ';
      }
      text += item.str;
      fontSize = Math.max(fontSize, size);
      endX = x + item.width;
    }
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

/**
 * The distance between baselines inside a paragraph: the lower quartile of the gaps between
 * consecutive lines of one font size. Paragraph gaps are the wider ones above it.
 */
function usualLinePitch(lines: Line[]): number | undefined {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y;
    if (gap > 0 && !fontSizeChanges(lines[i - 1], lines[i])) gaps.push(gap);
  }
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor((gaps.length - 1) / 4)];
}

function startsParagraph(previous: Line, line: Line, pitch: number | undefined): boolean {
  const gap = previous.y - line.y;
  if (gap < -SAME_LINE_TOLERANCE * line.fontSize) return true;
  if (fontSizeChanges(previous, line)) return true;
  return pitch !== undefined && gap > pitch * PARAGRAPH_GAP_FACTOR;
}

function fontSizeChanges(a: Line, b: Line): boolean {
  return Math.abs(a.fontSize - b.fontSize) > FONT_SIZE_CHANGE * Math.max(a.fontSize, b.fontSize);
}
