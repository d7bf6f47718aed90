// Runs the bundled classifier over blocks a content script sent and turns its findings into
// PageFindings: ids, page URL, time, and text-quote selectors for passage and trigger.
import { classifyDocument } from '../../../classifier/src/index.ts';
import type { BlockPayload } from '../shared/messages.ts';
import { quoteFromText } from '../shared/text-quote.ts';
import type { PageFinding } from '../shared/types.ts';
import { placePassage } from './passage-placement.ts';

export interface ClassifyRequest {
  pageUrl: string;
  title: string;
  blocks: BlockPayload[];
  lang: 'nl' | 'en';
}

export function classifyBlocks(request: ClassifyRequest): PageFinding[] {
  const { blocks, pageUrl, title, lang } = request;
  const documentBlocks = blocks.map((block) => ({ kind: block.kind, text: block.text, locator: block.locator, headingLevel: block.headingLevel }));
  const findings = classifyDocument({ blocks: documentBlocks, url: pageUrl, title }, { lang });
  const foundAt = new Date().toISOString();
  const perBlock = new Map<string, number>();
  const result: PageFinding[] = [];
  for (const finding of findings) {
    const index = finding.blockIndex ?? blocks.findIndex((block) => block.locator === finding.locator);
    const block = blocks[index];
    if (!block) continue;
    const placed = placePassage(block.text, finding);
    const n = perBlock.get(block.hash) ?? 0;
    perBlock.set(block.hash, n + 1);
    const text = block.text.slice(placed.start, placed.end);
    result.push({
      ...finding,
      text,
      span: { start: placed.triggerStart - placed.start, end: placed.triggerEnd - placed.start },
      blockOffset: placed.start,
      blockIndex: undefined,
      locator: block.locator,
      url: pageUrl,
      id: `${block.hash}:${n}`,
      blockHash: block.hash,
      pageTitle: title,
      foundAt,
      quote: quoteFromText(block.text, placed.start, placed.end),
      trigger: quoteFromText(block.text, placed.triggerStart, placed.triggerEnd),
    });
  }
  return result;
}
