// `schoolscan stats` on the terminal: manifest, units, coverage, shares with intervals and bounds, and
// the review-corrected estimate when a review exists.
import { FAILURE_REASONS, isFailureReason } from '../../../shared/src/index.ts';
import type { Comparison } from './comparison.ts';
import type { CoverageTable } from './coverage.ts';
import { DIMENSIONS } from './dimensions.ts';
import { interval, percent, textTable } from './format.ts';
import type { ManifestFacts } from './manifest-facts.ts';
import type { PrevalenceRow } from './prevalence.ts';
import type { CategoryStats, ResearchStats } from './research-stats.ts';

export const UNITS_NOTE =
  'Units: a school is one registry location (vestiging); schools sharing a website are each credited with what was found on it.\n' +
  'A share counts schools with at least one `likely` finding among schools crawled (fully or partly). 95% Wilson intervals.\n' +
  'Bounds count every school of the population that was not crawled as clean (best case) or flagged (worst case).';

export function statsText(stats: ResearchStats): string {
  return [
    manifestText(stats.manifest),
    UNITS_NOTE,
    coverageText(stats.coverage.schools, stats.coverage.websites),
    ...stats.categories.map(categoryText),
    ...(stats.comparison ? [comparisonText(stats.comparison)] : []),
    stats.review ? `Review: ${stats.review.labelled} of ${stats.review.items} sampled items labelled (seed ${stats.review.seed}).` : 'Review: none yet (schoolscan sample-review DIR, then schoolscan review DIR).',
  ].join('\n\n') + '\n';
}

export function manifestText(m: ManifestFacts): string {
  const lines = [
    ['tool version', `${m.toolVersion ?? '?'}${m.commit ? ` (commit ${m.commit})` : ''}`],
    ['model sha256', m.modelSha256 ?? 'not recorded'],
    ...m.seedFiles.map((f) => ['seed file', `${f.path} (sha256 ${f.sha256})`]),
    ['sample', m.sample ? `${m.sample.drawn} of ${m.sample.populationSize} ${m.sample.unit}s, seed ${m.sample.seed}, strata ${m.sample.strata.join(',') || 'none'}` : 'none (all seeds crawled)'],
    ['crawl (UTC)', `${m.startedAt ?? '?'} → ${m.endedAt ?? 'not ended'} (${m.runs} run${m.runs === 1 ? '' : 's'})`],
    ['options', Object.entries(m.options).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`).join(' ')],
  ];
  const width = Math.max(...lines.map(([key]) => key.length));
  return `Manifest\n${lines.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`).join('\n')}`;
}

const reasonText = (reason: string) => (isFailureReason(reason) ? `${reason} (${FAILURE_REASONS[reason].en})` : reason);

export function coverageText(schools: CoverageTable, websites: CoverageTable): string {
  const rows: (string | number)[][] = [
    ['in population', schools.population, websites.population],
    ['without website', schools.byState['no-website'], '–'],
    ['with website', schools.withWebsite, websites.withWebsite],
    ['not crawled (yet)', schools.byState['not-crawled'], websites.byState['not-crawled']],
    ['failed', schools.byState.failed, websites.byState.failed],
    ...Object.keys({ ...schools.failedBy, ...websites.failedBy }).map((r) => [`  ${reasonText(r)}`, schools.failedBy[r] ?? 0, websites.failedBy[r] ?? 0]),
    ['reached', schools.reached, websites.reached],
    ['  crawled fully', schools.byState.full, websites.byState.full],
    ['  crawled partially', schools.byState.partial, websites.byState.partial],
    ...Object.keys({ ...schools.partialBy, ...websites.partialBy }).map((r) => [`    ${reasonText(r)}`, schools.partialBy[r] ?? 0, websites.partialBy[r] ?? 0]),
  ];
  return `Coverage\n${textTable(['', 'schools', 'websites'], rows)}`;
}

function shareCells(row: PrevalenceRow, label = row.group): (string | number)[] {
  const e = row.estimate;
  return [label, row.population, e.total, e.count, percent(e.share), interval(e.low, e.high), `${percent(row.bestCase)}–${percent(row.worstCase)}`];
}

const HEADER = ['group', 'population', 'crawled', 'flagged', 'share', '95% CI', 'best–worst'];

function categoryText(c: CategoryStats): string {
  const parts = [
    `${c.category}: schools with at least one likely finding`,
    textTable(HEADER, [shareCells(c.schools, 'all schools'), shareCells(c.websites, 'all websites')]),
    ...c.byDimension.map((d) => `  by ${DIMENSIONS[d.dimension].nl.toLowerCase()} (${d.dimension})\n${textTable(HEADER, d.rows.map((row) => shareCells(row)), '    ')}`),
  ];
  if (c.corrected) parts.push(correctedText(c));
  return parts.join('\n');
}

function correctedText(c: CategoryStats): string {
  const k = c.corrected!;
  const t = k.tally;
  const flagged = t.flaggedCorrect + t.flaggedWrong;
  const clean = t.unflaggedCorrect + t.unflaggedWrong;
  const lines = [
    `  human review: ${flagged + clean} labelled (${flagged} flagged, ${clean} unflagged), ${t.unsure} unsure`,
    `    precision among flagged   ${percent(k.precision)} (${t.flaggedCorrect} of ${flagged} right)`,
    `    miss rate among unflagged ${percent(k.missRate)} (${t.unflaggedWrong} of ${clean} missed)`,
    `    raw share ${percent(k.rawShare)} → corrected ${percent(k.corrected)} ${k.interval ? `${interval(k.interval.low, k.interval.high)} (percentile bootstrap, ${k.interval.replicates} replicates)` : ''}`,
  ];
  if (k.corrected === undefined) lines.push('    (not enough labels on both sides for a corrected estimate)');
  return lines.join('\n');
}

function comparisonText(comparison: Comparison): string {
  const rows = comparison.categories.map((c) => [
    c.category, c.paired, `${percent(c.before.share)} ${interval(c.before.low, c.before.high)}`, `${percent(c.after.share)} ${interval(c.after.low, c.after.high)}`,
    c.newlyFlagged, c.becameClean, c.mcnemarP.toPrecision(2),
  ]);
  return `Change since ${comparison.old} (schools crawled both times; details: schoolscan diff)\n` +
    textTable(['category', 'paired', 'flagged then', 'flagged now', 'newly flagged', 'became clean', 'McNemar p'], rows);
}
