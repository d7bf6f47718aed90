import type { RenderMode } from '../cli/crawl-options.ts';
import type { ExtractedPage } from './ports.ts';

/** Below this much visible text, a page that ships scripts probably builds its content in the browser. */
const THIN_TEXT_CHARS = 200;

/**
 * Whether an HTML page should be run in the browser. `auto` renders app shells (as the extractor judges
 * them) and pages whose raw HTML has almost no text but does have scripts. PDFs are never rendered.
 */
export function shouldRender(mode: RenderMode, page: ExtractedPage, rawHtml: Uint8Array): boolean {
  if (page.kind !== 'html' || mode === 'never') return false;
  if (mode === 'always' || page.appShell) return true;
  const textLength = page.document.blocks.reduce((n, b) => n + b.text.trim().length, 0);
  return textLength < THIN_TEXT_CHARS && hasScript(rawHtml);
}

function hasScript(html: Uint8Array): boolean {
  return /<script\b/i.test(Buffer.from(html.buffer, html.byteOffset, Math.min(html.byteLength, 2_000_000)).toString('latin1'));
}
