import { splitSentences, type Span } from '../../../shared/src/index.ts';

const WHOLE_BLOCK_MAX = 420;
const PASSAGE_TARGET = 320;

/**
 * Cut a block into passages: a short block is one passage (paragraphs, list items, table rows), a long one
 * is cut into runs of whole sentences of about PASSAGE_TARGET characters.
 */
export function passagesOf(text: string): Span[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (text.length <= WHOLE_BLOCK_MAX) {
    const start = text.indexOf(trimmed);
    return [{ start, end: start + trimmed.length }];
  }
  const passages: Span[] = [];
  let current: Span | undefined;
  for (const sentence of splitSentences(text)) {
    if (current && sentence.end - current.start <= PASSAGE_TARGET) current.end = sentence.end;
    else {
      if (current) passages.push(current);
      current = { ...sentence };
    }
  }
  if (current) passages.push(current);
  return passages;
}
