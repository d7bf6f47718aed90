// One stacked bar per unit (schools, websites): how much of the population was read fully, partly,
// failed, is still waiting, or had no website at all.
import { scaleLinear } from 'd3-scale';
import { html, type Raw } from '../../report/html.ts';
import type { CoverageTable } from '../coverage.ts';
import { percent } from '../format.ts';
import { RESEARCH_NL } from '../research-nl.ts';
import type { CoverageState } from '../school-units.ts';
import { n, svgRoot, text } from './svg.ts';

const ORDER: readonly CoverageState[] = ['full', 'partial', 'failed', 'not-crawled', 'no-website'];
const COLOURS: Record<CoverageState, string> = {
  full: '#2e7d32', partial: '#9ccc65', failed: '#e57373', 'not-crawled': '#ffd54f', 'no-website': '#bdbdbd',
};

const WIDTH = 720;
const LABEL = 90;
const BAR = 22;

export function coverageBars(title: string, tables: readonly { label: string; table: CoverageTable }[]): Raw {
  const top = 30;
  const height = top + tables.length * (BAR + 12) + 6;
  const x = scaleLinear().domain([0, 1]).range([LABEL, WIDTH - 10]);
  const bars = tables.map(({ label, table }, i) => {
    const y = top + i * (BAR + 12);
    let start = 0;
    const parts = ORDER.map((state) => {
      const share = table.population ? table.byState[state] / table.population : 0;
      const part = html`<rect x="${n(x(start))}" y="${y}" width="${n(x(start + share) - x(start))}" height="${BAR}" fill="${COLOURS[state]}"><title>${RESEARCH_NL.coverageStates[state]}: ${table.byState[state]} (${percent(share, 'nl')})</title></rect>`;
      start += share;
      return part;
    });
    return html`${text(LABEL - 8, y + BAR / 2 + 4, `${label} (${table.population})`, 'text-anchor="end"')}${parts}`;
  });
  const legend = ORDER.map((state, i) => html`<rect x="${LABEL + i * 125}" y="6" width="10" height="10" fill="${COLOURS[state]}"/>${text(LABEL + 14 + i * 125, 15, RESEARCH_NL.coverageStates[state])}`);
  const description = tables.map(({ label, table }) => `${label}: ${ORDER.map((s) => `${RESEARCH_NL.coverageStates[s]} ${table.byState[s]}`).join(', ')}`).join('; ');
  return svgRoot(WIDTH, height, title, description, [...legend, ...bars]);
}
