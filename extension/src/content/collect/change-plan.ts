// What a batch of DOM changes means for the survey: blocks whose own text must be re-read, and
// added subtrees that must be surveyed for new blocks.
import { isBlock, ownerBlock } from './block-rules.ts';
import type { ChangeBatch } from './mutation-queue.ts';

export interface ChangePlan {
  reread: Element[];
  surveyRoots: Element[];
}

export function planChanges(batch: ChangeBatch): ChangePlan {
  const reread = new Set<Element>();
  const surveyRoots: Element[] = [];
  for (const node of batch.touched) {
    const owner = ownerBlock(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
    if (owner) reread.add(owner);
  }
  for (const added of batch.added) {
    if (!added.isConnected) continue;
    if (!isBlock(added)) {
      // Inline content joins the text of the block around it.
      const owner = ownerBlock(added.parentElement);
      if (owner) reread.add(owner);
    }
    surveyRoots.push(added);
  }
  return { reread: [...reread], surveyRoots };
}
