// The only way page text enters report.html: every string goes through escapeHtml, URLs through safeHref.
import type { Span } from '../../../shared/src/index.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** An http(s) URL escaped for an attribute; anything else (javascript:, data:) becomes an inert "#". */
export function safeHref(url: string | undefined): string {
  if (!url) return '#';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? escapeHtml(parsed.href) : '#';
  } catch {
    return '#';
  }
}

/** A path inside the crawl folder's evidence/ directory, or undefined for anything that could escape it. */
export function safeEvidencePath(path: string | undefined): string | undefined {
  if (!path || !/^evidence\/[A-Za-z0-9._:@-]+\/[0-9a-f]{16,64}\.png$/.test(path)) return undefined;
  return escapeHtml(path);
}

/** The passage with its trigger span wrapped in <mark>; both sides escaped separately. */
export function markSpan(text: string, span: Span | undefined): string {
  if (!span) return escapeHtml(text);
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return `${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end))}`;
}

/** Tagged template that escapes every interpolated value unless it is a `Raw` fragment built by these helpers. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string { return this.html; }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0];
  values.forEach((value, i) => {
    out += renderValue(value) + strings[i + 1];
  });
  return new Raw(out);
}

function renderValue(value: unknown): string {
  if (value instanceof Raw) return value.html;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

export const raw = (markup: string): Raw => new Raw(markup);
