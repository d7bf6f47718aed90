/**
 * Runs inside the page (as source text, so bundlers cannot rewrite it). Finds `passage` among the visible
 * text nodes, ignoring whitespace and case, wraps the matching text in highlighted <mark> elements and
 * scrolls the first into view. Returns whether it was found.
 */
export const HIGHLIGHT_PASSAGE_SOURCE = String.raw`(passage) => {
  const wanted = passage.replace(/\s+/g, '').toLowerCase();
  if (!wanted) return false;
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && !skip.has(node.parentElement.tagName) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  let text = '';
  const where = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue || '';
    for (let i = 0; i < value.length; i++) {
      if (/\s/.test(value[i])) continue;
      text += value[i].toLowerCase();
      where.push([node, i]);
    }
  }
  const start = text.indexOf(wanted);
  if (start < 0) return false;
  const [firstNode, firstOffset] = where[start];
  const [lastNode, lastOffset] = where[start + wanted.length - 1];

  const pieces = [];
  for (let i = start; i < start + wanted.length; i++) {
    const node = where[i][0];
    if (pieces.length === 0 || pieces[pieces.length - 1] !== node) pieces.push(node);
  }
  const marks = [];
  for (const node of pieces) {
    const from = node === firstNode ? firstOffset : 0;
    const to = node === lastNode ? lastOffset + 1 : (node.nodeValue || '').length;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.setAttribute('data-schoolscan-highlight', '');
    mark.style.cssText = 'background: #ffeb3b !important; color: #000 !important; outline: 3px solid #e00000 !important; outline-offset: 1px;';
    range.surroundContents(mark);
    marks.push(mark);
  }
  marks[0].scrollIntoView({ block: 'center', inline: 'nearest' });
  return true;
}`;
