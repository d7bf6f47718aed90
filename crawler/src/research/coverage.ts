// The coverage table: of the schools (or websites) in the population, how many had a website, were
// reached, were crawled fully or only in part, or failed and why. Non-response is shown, never hidden.
import { COVERAGE_STATES, type CoverageState } from './school-units.ts';

export interface CoverageTable {
  unit: 'school' | 'website';
  population: number;
  byState: Record<CoverageState, number>;
  /** with website = population − no-website; reached = partial + full. */
  withWebsite: number;
  reached: number;
  /** Counts per reason, for `failed` and `partial`. */
  failedBy: Record<string, number>;
  partialBy: Record<string, number>;
}

export function coverageTable(unit: CoverageTable['unit'], units: readonly { coverage: CoverageState; reason?: string }[]): CoverageTable {
  const byState = Object.fromEntries(COVERAGE_STATES.map((s) => [s, 0])) as Record<CoverageState, number>;
  const failedBy: Record<string, number> = {};
  const partialBy: Record<string, number> = {};
  for (const u of units) {
    byState[u.coverage]++;
    if (u.coverage === 'failed') failedBy[u.reason ?? 'unknown'] = (failedBy[u.reason ?? 'unknown'] ?? 0) + 1;
    if (u.coverage === 'partial') partialBy[u.reason ?? 'unknown'] = (partialBy[u.reason ?? 'unknown'] ?? 0) + 1;
  }
  return {
    unit,
    population: units.length,
    byState,
    withWebsite: units.length - byState['no-website'],
    reached: byState.full + byState.partial,
    failedBy: sortedByCount(failedBy),
    partialBy: sortedByCount(partialBy),
  };
}

function sortedByCount(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}
