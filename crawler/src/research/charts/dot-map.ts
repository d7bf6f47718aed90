// Dot map of the schools from their registry coordinates, in the Netherlands' bounding box. An
// equirectangular projection with longitude shrunk by cos(52°) keeps the country's shape at this scale.
import { scaleLinear } from 'd3-scale';
import { html, type Raw } from '../../report/html.ts';
import type { MapPoint } from '../research-stats.ts';
import { RESEARCH_NL } from '../research-nl.ts';
import { n, svgRoot, text } from './svg.ts';

/** Lon/lat box around the Netherlands, Wadden islands and south Limburg included. */
export const NL_BOUNDS = { west: 3.3, east: 7.3, south: 50.7, north: 53.6 } as const;

const STATUS_STYLE: Record<MapPoint[2], { fill: string; stroke?: string; r: number }> = {
  0: { fill: 'none', stroke: '#9aa0a6', r: 1.8 },
  1: { fill: '#b8c4d6', r: 1.6 },
  2: { fill: '#0b57d0', r: 2.4 },
  3: { fill: '#b3261e', r: 2.4 },
  4: { fill: '#7b1fa2', r: 2.8 },
};

const WIDTH = 440;
const LEGEND = 240;

export function dotMap(title: string, points: readonly MapPoint[]): Raw {
  const midLat = ((NL_BOUNDS.south + NL_BOUNDS.north) / 2) * (Math.PI / 180);
  const plotWidth = WIDTH;
  const plotHeight = Math.round((plotWidth * (NL_BOUNDS.north - NL_BOUNDS.south)) / ((NL_BOUNDS.east - NL_BOUNDS.west) * Math.cos(midLat)));
  const x = scaleLinear().domain([NL_BOUNDS.west, NL_BOUNDS.east]).range([0, plotWidth]).clamp(true);
  const y = scaleLinear().domain([NL_BOUNDS.south, NL_BOUNDS.north]).range([plotHeight, 0]).clamp(true);

  // Flagged schools last, so they sit on top of the clean ones.
  const ordered = [...points].sort((a, b) => a[2] - b[2]);
  const dots = ordered.map(([lon, lat, status]) => {
    const style = STATUS_STYLE[status];
    return html`<circle cx="${n(x(lon))}" cy="${n(y(lat))}" r="${style.r}" fill="${style.fill}"${style.stroke ? html` stroke="${style.stroke}" stroke-width="0.6"` : html``}/>`;
  });
  const counts = new Map<number, number>();
  for (const p of points) counts.set(p[2], (counts.get(p[2]) ?? 0) + 1);
  const legend = ([2, 3, 4, 1, 0] as const).map((status, i) => {
    const style = STATUS_STYLE[status];
    const cy = 20 + i * 20;
    return html`<circle cx="${n(plotWidth + 14)}" cy="${cy}" r="4" fill="${style.fill}"${style.stroke ? html` stroke="${style.stroke}"` : html``}/>${text(plotWidth + 24, cy + 4, `${RESEARCH_NL.mapLegend[status]} (${counts.get(status) ?? 0})`)}`;
  });
  const description = ([2, 3, 4, 1, 0] as const).map((s) => `${RESEARCH_NL.mapLegend[s]}: ${counts.get(s) ?? 0}`).join(', ');
  const frame = html`<rect x="0" y="0" width="${plotWidth}" height="${plotHeight}" fill="#f6f8fb" stroke="#d9d9de"/>`;
  return svgRoot(plotWidth + LEGEND, plotHeight, title, description, [frame, ...dots, ...legend]);
}
