import type { Block, BlockKind, DocumentInput } from '../../../shared/src/index.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';

interface PendingBlock {
  kind: BlockKind;
  headingLevel?: number;
  lines: string[];
  firstLine: number;
  lastLine: number;
}

const LIST_MARKER = /^\s*(?:[-*•·–]|\d{1,3}[.)])\s+(.*)$/;
const MARKDOWN_HEADING = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Plain text into blocks: paragraphs separated by blank lines, a line starting with -, *, • or "1." a
 * list item (marker removed; following lines continue it), a Markdown "# heading" a heading. Locators
 * are `text:lines=A-B`, 1-based and inclusive.
 */
export function extractText(text: string): DocumentInput {
  const blocks: Block[] = [];
  let pending: PendingBlock | undefined;
  const close = () => {
    if (pending) blocks.push(toBlock(pending));
    pending = undefined;
  };

  for (const [index, line] of text.split(/\r\n|\r|\n/).entries()) {
    const lineNumber = index + 1;
    const heading = MARKDOWN_HEADING.exec(line);
    const listItem = LIST_MARKER.exec(line);
    if (!line.trim()) {
      close();
    } else if (heading) {
      close();
      blocks.push(toBlock({ kind: 'heading', headingLevel: heading[1].length, lines: [heading[2]], firstLine: lineNumber, lastLine: lineNumber }));
    } else if (listItem) {
      close();
      pending = { kind: 'list-item', lines: [listItem[1]], firstLine: lineNumber, lastLine: lineNumber };
    } else if (pending) {
      pending.lines.push(line);
      pending.lastLine = lineNumber;
    } else {
      pending = { kind: 'paragraph', lines: [line], firstLine: lineNumber, lastLine: lineNumber };
    }
  }
  close();
  return { blocks: blocks.filter((block) => block.text) };
}

function toBlock({ kind, headingLevel, lines, firstLine, lastLine }: PendingBlock): Block {
  const block: Block = { kind, text: joinWrappedLines(lines.map((line) => line.trim())), locator: `text:lines=${firstLine}-${lastLine}` };
  if (headingLevel) block.headingLevel = headingLevel;
  return block;
}
