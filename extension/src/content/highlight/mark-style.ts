// The look of a mark: one highlight name per category × level, and the colours both drawers use.
import type { Category, Level } from '../../shared/types.ts';

export const MARK_KEYS = [
  ['commercial-tutoring', 'likely'],
  ['commercial-tutoring', 'review'],
  ['mandatory-contribution', 'likely'],
  ['mandatory-contribution', 'review'],
] as const satisfies readonly (readonly [Category, Level])[];

export function highlightName(category: Category, level: Level): string {
  return `schoolscan-${category === 'commercial-tutoring' ? 'tutoring' : 'contribution'}-${level}`;
}

/** Amber for tutoring, violet for contributions; `likely` strong and solid, `review` pale and dotted. */
export const CATEGORY_RGB: Record<Category, string> = {
  'commercial-tutoring': '234 138 0',
  'mandatory-contribution': '147 51 234',
};

export function markColours(category: Category, level: Level): { fill: string; line: string; lineStyle: 'solid' | 'dotted' } {
  const rgb = CATEGORY_RGB[category];
  return level === 'likely'
    ? { fill: `rgb(${rgb} / 0.38)`, line: `rgb(${rgb})`, lineStyle: 'solid' }
    : { fill: `rgb(${rgb} / 0.14)`, line: `rgb(${rgb} / 0.9)`, lineStyle: 'dotted' };
}

/** The ::highlight() rules for the CSS Custom Highlight API drawer. */
export function highlightCss(): string {
  return MARK_KEYS.map(([category, level]) => {
    const { fill, line, lineStyle } = markColours(category, level);
    return `::highlight(${highlightName(category, level)}) { background-color: ${fill}; text-decoration: underline ${lineStyle} ${line} 2px; }`;
  }).join('\n');
}
