// Dot-and-whisker chart of shares per group, both categories side by side: a dot for the share, a line
// for its 95% Wilson interval and a pale band from best to worst case (non-response). Scales by d3-scale.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Category } from '../../../../shared/src/index.ts';
import { html, type Raw } from '../../report/html.ts';
import { percent } from '../format.ts';
import type { PrevalenceRow } from '../prevalence.ts';
import { RESEARCH_NL } from '../research-nl.ts';
import { line, n, SERIES_COLOURS, svgRoot, text } from './svg.ts';

export interface ChartGroup {
  label: string;
  series: { category: Category; row: PrevalenceRow }[];
}

const WIDTH = 720;
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 34;
const TOP = 30;
const BOTTOM = 28;
const RIGHT = 16;

export function prevalenceChart(title: string, groups: readonly ChartGroup[]): Raw {
  const height = TOP + groups.length * ROW_HEIGHT + BOTTOM;
  const highest = Math.max(0.05, ...groups.flatMap((g) => g.series.flatMap((s) => [s.row.estimate.high ?? 0, s.row.worstCase ?? 0])));
  const x = scaleLinear().domain([0, highest]).nice(5).range([LABEL_WIDTH, WIDTH - RIGHT]);
  const y = scaleBand<string>().domain(groups.map((_, i) => String(i))).range([TOP, TOP + groups.length * ROW_HEIGHT]).paddingInner(0.1);
  const categories = groups[0]?.series.map((s) => s.category) ?? [];
  const offset = (i: number) => (categories.length <= 1 ? 0 : (i - (categories.length - 1) / 2) * 10);

  const grid = x.ticks(5).map((tick) => html`${line(x(tick), TOP - 4, x(tick), height - BOTTOM, '#e3e3e8')}${text(x(tick), height - BOTTOM + 16, percent(tick, 'nl', 0), 'text-anchor="middle" fill="#5f6368"')}`);
  const rows = groups.map((group, gi) => {
    const middle = y(String(gi))! + y.bandwidth() / 2;
    const marks = group.series.map((s, si) => seriesMarks(s, middle + offset(si), x));
    return html`${text(LABEL_WIDTH - 8, middle + 4, group.label, 'text-anchor="end"')}${marks}`;
  });
  const legend = categories.map((c, i) => html`<circle cx="${n(LABEL_WIDTH + i * 150)}" cy="12" r="5" fill="${SERIES_COLOURS[c]}"/>${text(LABEL_WIDTH + 10 + i * 150, 16, RESEARCH_NL.short[c])}`);
  const description = groups.map((g) => `${g.label}: ${g.series.map((s) => `${RESEARCH_NL.short[s.category]} ${percent(s.row.estimate.share, 'nl')}`).join(', ')}`).join('; ');
  return svgRoot(WIDTH, height, title, description, [...grid, ...legend, ...rows]);
}

function seriesMarks(s: ChartGroup['series'][number], cy: number, x: (v: number) => number): Raw {
  const colour = SERIES_COLOURS[s.category];
  const e = s.row.estimate;
  const tip = `${RESEARCH_NL.short[s.category]}: ${e.count} van ${e.total} (${percent(e.share, 'nl')}), 95%-interval ${percent(e.low, 'nl')}–${percent(e.high, 'nl')}, beste–slechtste geval ${percent(s.row.bestCase, 'nl')}–${percent(s.row.worstCase, 'nl')}`;
  const band = s.row.bestCase !== undefined && s.row.worstCase !== undefined && s.row.worstCase > s.row.bestCase
    ? html`<rect x="${n(x(s.row.bestCase))}" y="${n(cy - 4)}" width="${n(x(s.row.worstCase) - x(s.row.bestCase))}" height="8" fill="${colour}" fill-opacity="0.12"/>`
    : html``;
  if (e.share === undefined) return html`<g>${band}<title>${tip}</title></g>`;
  return html`<g>${band}${line(x(e.low!), cy, x(e.high!), cy, colour, 1.5)}${line(x(e.low!), cy - 4, x(e.low!), cy + 4, colour, 1.5)}${line(x(e.high!), cy - 4, x(e.high!), cy + 4, colour, 1.5)}<circle cx="${n(x(e.share))}" cy="${n(cy)}" r="4.5" fill="${colour}"/><title>${tip}</title></g>`;
}
