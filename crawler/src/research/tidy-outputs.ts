// Tidy tables for R and pandas, written to <crawl>/research/: one row per observation, one column per
// variable, the same rows as CSV and as a JSON array of records.
//   schools.csv/.json      one row per school × category, with the registry fields
//   prevalence.csv/.json   one row per category × unit × grouping × group
//   coverage.csv           one row per unit × coverage state (× reason)
//   stats.json             everything `stats` computed, nested, with the manifest
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CATEGORIES } from '../../../shared/src/index.ts';
import type { CoverageTable } from './coverage.ts';
import { boardSizeClass } from './dimensions.ts';
import type { GeoPoint } from './geo-points.ts';
import type { PrevalenceRow } from './prevalence.ts';
import type { ResearchResult, ResearchStats } from './research-stats.ts';
import { isCrawled, isFlagged, type SchoolUnit } from './school-units.ts';

export const RESEARCH_DIR = 'research';
export const RESEARCH_FILES = {
  stats: 'stats.json',
  schoolsCsv: 'schools.csv',
  schoolsJson: 'schools.json',
  prevalenceCsv: 'prevalence.csv',
  prevalenceJson: 'prevalence.json',
  coverageCsv: 'coverage.csv',
} as const;

type Cell = string | number | null;
type Row = Record<string, Cell>;

export function schoolRows(schools: readonly SchoolUnit[], geo?: ReadonlyMap<string, GeoPoint>): Row[] {
  return schools.flatMap((s) => {
    const l = s.location ?? {};
    const point = l.code ? geo?.get(l.code.toUpperCase()) : undefined;
    const registry: Row = {
      school_id: s.id, code: l.code ?? null, name: l.name ?? null, place: l.place ?? null, municipality: l.municipality ?? null,
      province: l.province ?? null, type: l.type ?? null, structure: l.structure ?? null, denomination: l.denomination ?? null,
      board: l.board ?? null, board_size: s.boardSize ?? null, board_size_class: boardSizeClass(s.boardSize),
      pupils: point?.pupils ?? null, lon: point?.lon ?? null, lat: point?.lat ?? null,
      site_id: s.siteId ?? null, website: s.website ?? null, coverage: s.coverage, coverage_reason: s.reason ?? null,
      crawled: isCrawled(s) ? 1 : 0,
    };
    return CATEGORIES.map((category) => ({
      ...registry, category, flagged: isFlagged(s, category) ? 1 : 0,
      likely_findings: s.likely[category], review_findings: s.review[category],
    }));
  });
}

function prevalenceRecord(category: string, unit: string, grouping: string, row: PrevalenceRow): Row {
  const e = row.estimate;
  return {
    category, unit, grouping, group: row.group, population: row.population, crawled: e.total, flagged: e.count,
    share: e.share ?? null, ci95_low: e.low ?? null, ci95_high: e.high ?? null,
    best_case: row.bestCase ?? null, worst_case: row.worstCase ?? null,
  };
}

export function prevalenceRows(stats: ResearchStats): Row[] {
  return stats.categories.flatMap((c) => [
    prevalenceRecord(c.category, 'school', 'all', c.schools),
    prevalenceRecord(c.category, 'website', 'all', c.websites),
    ...c.byDimension.flatMap((d) => d.rows.map((row) => prevalenceRecord(c.category, 'school', d.dimension, row))),
  ]);
}

export function coverageRows(tables: readonly CoverageTable[]): Row[] {
  return tables.flatMap((t) => [
    { unit: t.unit, state: 'population', reason: null, count: t.population },
    ...Object.entries(t.byState).map(([state, count]) => ({ unit: t.unit, state, reason: null, count })),
    ...Object.entries(t.failedBy).map(([reason, count]) => ({ unit: t.unit, state: 'failed', reason, count })),
    ...Object.entries(t.partialBy).map(([reason, count]) => ({ unit: t.unit, state: 'partial', reason, count })),
  ]);
}

function toCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((r) => Object.values(r).map((v) => v ?? '')), { header: true, columns: Object.keys(rows[0]) });
}

function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Writes the research folder; returns its path. */
export function writeTidyOutputs(dir: string, result: ResearchResult, geo?: ReadonlyMap<string, GeoPoint>): string {
  const out = join(dir, RESEARCH_DIR);
  mkdirSync(out, { recursive: true });
  const schools = schoolRows(result.schools, geo);
  const prevalence = prevalenceRows(result.stats);
  writeAtomically(join(out, RESEARCH_FILES.schoolsCsv), toCsv(schools));
  writeAtomically(join(out, RESEARCH_FILES.schoolsJson), `${JSON.stringify(schools)}\n`);
  writeAtomically(join(out, RESEARCH_FILES.prevalenceCsv), toCsv(prevalence));
  writeAtomically(join(out, RESEARCH_FILES.prevalenceJson), `${JSON.stringify(prevalence, null, 1)}\n`);
  writeAtomically(join(out, RESEARCH_FILES.coverageCsv), toCsv(coverageRows([result.stats.coverage.schools, result.stats.coverage.websites])));
  writeAtomically(join(out, RESEARCH_FILES.stats), `${JSON.stringify(result.stats)}\n`);
  return out;
}
