// The groupings research breaks shares down by, and the strata a sample can be drawn over. One table, so
// `--strata type,province`, the stats tables and the report speak of the same groups.
import type { SiteLocation } from '../store/records.ts';

export interface Groupable {
  location?: SiteLocation;
  boardSize?: number;
}

export interface Dimension {
  /** Dutch column heading. */
  nl: string;
  groupOf(unit: Groupable): string;
}

export const UNKNOWN_GROUP = 'onbekend';

const field = (name: keyof SiteLocation) => (unit: Groupable): string => unit.location?.[name]?.trim() || UNKNOWN_GROUP;

/** Board size classes: a one-school board, small, medium and large boards. */
export function boardSizeClass(size: number | undefined): string {
  if (!size) return UNKNOWN_GROUP;
  if (size === 1) return '1 school';
  if (size <= 5) return '2-5 scholen';
  if (size <= 20) return '6-20 scholen';
  return '21+ scholen';
}

export const DIMENSIONS = {
  type: { nl: 'Schoolsoort', groupOf: field('type') },
  province: { nl: 'Provincie', groupOf: field('province') },
  denomination: { nl: 'Denominatie', groupOf: field('denomination') },
  boardSize: { nl: 'Grootte bestuur', groupOf: (unit: Groupable) => boardSizeClass(unit.boardSize) },
} as const satisfies Record<string, Dimension>;

export type DimensionKey = keyof typeof DIMENSIONS;
export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as DimensionKey[];

export function isDimensionKey(value: string): value is DimensionKey {
  return Object.hasOwn(DIMENSIONS, value);
}

/** Sort groups for display: board sizes by size, everything else alphabetically, unknown last. */
export function compareGroups(dimension: DimensionKey, a: string, b: string): number {
  if (a === UNKNOWN_GROUP || b === UNKNOWN_GROUP) return a === b ? 0 : a === UNKNOWN_GROUP ? 1 : -1;
  if (dimension === 'boardSize') return parseInt(a, 10) - parseInt(b, 10);
  return a.localeCompare(b, 'nl');
}
