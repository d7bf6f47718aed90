// Small helpers for hand-placed SVG: every value goes through the report's escaping template, numbers
// are rounded so the markup stays short.
import { html, raw, type Raw } from '../../report/html.ts';

export const SERIES_COLOURS = { 'commercial-tutoring': '#0b57d0', 'mandatory-contribution': '#b3261e' } as const;
export const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

export const n = (value: number): string => String(Math.round(value * 10) / 10);

/** An accessible SVG root: role img, a title and a description a screen reader reads instead of the marks. */
export function svgRoot(width: number, height: number, title: string, description: string, body: Raw | Raw[]): Raw {
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" class="chart" ${raw(FONT)}><title>${title}</title><desc>${description}</desc>${body}</svg>`;
}

export function text(x: number, y: number, content: string, attributes = ''): Raw {
  return html`<text x="${n(x)}" y="${n(y)}" ${raw(attributes)}>${content}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): Raw {
  return html`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}"/>`;
}
