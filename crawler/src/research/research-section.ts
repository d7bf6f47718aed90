// The Dutch research section of report.html: units, manifest, coverage, shares with intervals and bounds
// (tables and inline-SVG charts), the dot map, and the review-corrected estimate. Built from stats.json.
import { FAILURE_REASONS, isFailureReason, type Category } from '../../../shared/src/index.ts';
import { html, type Raw } from '../report/html.ts';
import { coverageBars } from './charts/coverage-bar.ts';
import { dotMap } from './charts/dot-map.ts';
import { prevalenceChart } from './charts/prevalence-chart.ts';
import type { Comparison } from './comparison.ts';
import type { CoverageTable } from './coverage.ts';
import { DIMENSIONS, UNKNOWN_GROUP } from './dimensions.ts';
import { interval, percent } from './format.ts';
import type { PrevalenceRow } from './prevalence.ts';
import type { CategoryStats, ResearchStats } from './research-stats.ts';
import { RESEARCH_NL as NL } from './research-nl.ts';

const SECTION_CSS = `.research svg.chart { display: block; max-width: 100%; height: auto; margin: .75rem 0; }
.research dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; font-size: .85rem; }
.research dd { margin: 0; overflow-wrap: anywhere; } .research figcaption { color: var(--muted, #5f6368); font-size: .85rem; }`;

export function researchSection(stats: ResearchStats): Raw {
  return html`<section class="research" id="onderzoek"><style>${SECTION_CSS}</style>
<h2>${NL.heading}</h2>
<p>${NL.units}</p>
<p>${samplingNote(stats)} ${NL.bounds}</p>
<p class="notice">${NL.signal}</p>
${manifestList(stats)}
<h3>${NL.coverage}</h3>
${coverageBars(NL.coverage, [{ label: NL.schools, table: stats.coverage.schools }, { label: NL.websites, table: stats.coverage.websites }])}
${coverageTableHtml(stats.coverage.schools, stats.coverage.websites)}
<h3>${NL.prevalence}</h3>
${overallTable(stats.categories)}
${overallChart(stats.categories)}
${stats.categories[0]?.byDimension.map((d, i) => dimensionBlock(stats.categories, i, DIMENSIONS[d.dimension].nl))}
<h3>${NL.map}</h3>
${stats.map ? html`<figure>${dotMap(NL.map, stats.map.points)}<figcaption>${NL.mapCaption(stats.map.withCoordinates, stats.map.schools)}</figcaption></figure>` : html`<p class="muted">${NL.noMap}</p>`}
<h3>${NL.validation}</h3>
${validationBlock(stats)}
${stats.comparison ? comparisonBlock(stats.comparison) : ''}
</section>`;
}

function samplingNote(stats: ResearchStats): string {
  const s = stats.manifest.sample;
  return s ? NL.sampleNote(s.drawn, s.populationSize, s.seed, s.strata.join(', ')) : NL.censusNote;
}

function manifestList(stats: ResearchStats): Raw {
  const m = stats.manifest;
  const rows: [string, string][] = [
    [NL.manifestRows.tool, m.toolVersion ?? NL.unknown],
    [NL.manifestRows.commit, m.commit ?? NL.unknown],
    [NL.manifestRows.model, m.modelSha256 ?? NL.unknown],
    ...m.seedFiles.map((f): [string, string] => [NL.manifestRows.seeds, `${f.path} (sha256 ${f.sha256})`]),
    [NL.manifestRows.period, `${m.startedAt ?? '?'} – ${m.endedAt ?? '?'}`],
    [NL.manifestRows.options, Object.entries(m.options).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`).join(' ')],
  ];
  return html`<details><summary>${NL.manifest}</summary><dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl></details>`;
}

const reasonNl = (reason: string) => (isFailureReason(reason) ? FAILURE_REASONS[reason].nl : reason);

function coverageTableHtml(schools: CoverageTable, websites: CoverageTable): Raw {
  const r = NL.coverageRows;
  const row = (label: string, a: number | string, b: number | string, indent = 0) =>
    html`<tr><td style="padding-left:${0.5 + indent}rem">${label}</td><td class="num">${a}</td><td class="num">${b}</td></tr>`;
  const reasons = (by: 'failedBy' | 'partialBy') =>
    Object.keys({ ...schools[by], ...websites[by] }).map((k) => row(reasonNl(k), schools[by][k] ?? 0, websites[by][k] ?? 0, 2));
  return html`<table><tr><th></th><th class="num">${NL.schools}</th><th class="num">${NL.websites}</th></tr>
${row(r.population, schools.population, websites.population)}${row(r.noWebsite, schools.byState['no-website'], '–', 1)}
${row(r.withWebsite, schools.withWebsite, websites.withWebsite)}${row(r.notCrawled, schools.byState['not-crawled'], websites.byState['not-crawled'], 1)}
${row(r.failed, schools.byState.failed, websites.byState.failed, 1)}${reasons('failedBy')}
${row(r.reached, schools.reached, websites.reached, 1)}${row(r.full, schools.byState.full, websites.byState.full, 2)}
${row(r.partial, schools.byState.partial, websites.byState.partial, 2)}${reasons('partialBy')}</table>`;
}

function shareCells(row: PrevalenceRow): Raw {
  const e = row.estimate;
  return html`<td class="num">${row.population}</td><td class="num">${e.total}</td><td class="num">${e.count}</td>
<td class="num">${percent(e.share, 'nl')}</td><td class="num">${interval(e.low, e.high, 'nl')}</td>
<td class="num">${percent(row.bestCase, 'nl')}–${percent(row.worstCase, 'nl')}</td>`;
}

const HEAD = html`<th class="num">${NL.population}</th><th class="num">${NL.crawled}</th><th class="num">${NL.flagged}</th><th class="num">${NL.share}</th><th class="num">${NL.ci}</th><th class="num">${NL.bestWorst}</th>`;

function overallTable(categories: readonly CategoryStats[]): Raw {
  const rows = categories.flatMap((c) => [
    html`<tr><td>${NL.short[c.category]}: ${NL.all.toLowerCase()}</td>${shareCells(c.schools)}</tr>`,
    html`<tr><td>${NL.short[c.category]}: ${NL.allWebsites.toLowerCase()}</td>${shareCells(c.websites)}</tr>`,
  ]);
  return html`<table><tr><th>${NL.group}</th>${HEAD}</tr>${rows}</table>`;
}

function overallChart(categories: readonly CategoryStats[]): Raw {
  const group = (label: string, pick: (c: CategoryStats) => PrevalenceRow) => ({ label, series: categories.map((c) => ({ category: c.category, row: pick(c) })) });
  return html`<figure>${prevalenceChart(NL.prevalence, [group(NL.all, (c) => c.schools), group(NL.allWebsites, (c) => c.websites)])}<figcaption>${NL.chartCaption}</figcaption></figure>`;
}

function dimensionBlock(categories: readonly CategoryStats[], index: number, name: string): Raw {
  const groups = categories[0].byDimension[index].rows.map((row, ri) => ({
    label: `${row.group === UNKNOWN_GROUP ? NL.unknown : row.group} (${row.estimate.total})`,
    series: categories.map((c) => ({ category: c.category, row: c.byDimension[index].rows[ri] })),
  }));
  const table = categories.map((c) => html`<h4>${NL.short[c.category]}</h4><table><tr><th>${name}</th>${HEAD}</tr>
${c.byDimension[index].rows.map((row) => html`<tr><td>${row.group}</td>${shareCells(row)}</tr>`)}</table>`);
  return html`<h4>${NL.byGroup(name)}</h4><figure>${prevalenceChart(`${NL.prevalence}: ${name.toLowerCase()}`, groups)}<figcaption>${NL.chartCaption}</figcaption></figure>
<details><summary>${name}: tabel</summary>${table}</details>`;
}

function validationBlock(stats: ResearchStats): Raw {
  if (!stats.review) return html`<p class="muted">${NL.noValidation}</p>`;
  const rows = stats.categories.filter((c) => c.corrected).map((c) => correctedRow(c.category, c.corrected!));
  return html`<p>${NL.validationIntro(stats.review.labelled, stats.review.items)}</p>
<table><tr><th></th><th>${NL.raw}</th><th>${NL.precision}</th><th>${NL.missRate}</th><th>${NL.corrected}</th><th></th></tr>${rows}</table>`;
}

function correctedRow(category: Category, k: NonNullable<CategoryStats['corrected']>): Raw {
  const t = k.tally;
  const flagged = t.flaggedCorrect + t.flaggedWrong;
  const clean = t.unflaggedCorrect + t.unflaggedWrong;
  return html`<tr><td>${NL.short[category]}</td><td class="num">${percent(k.rawShare, 'nl')} (${k.flagged}/${k.crawled})</td>
<td class="num">${percent(k.precision, 'nl')} (${t.flaggedCorrect}/${flagged})</td><td class="num">${percent(k.missRate, 'nl')} (${t.unflaggedWrong}/${clean})</td>
<td class="num"><strong>${percent(k.corrected, 'nl')}</strong> ${k.interval ? interval(k.interval.low, k.interval.high, 'nl') : ''}</td>
<td class="muted">${NL.reviewedCounts(flagged, clean, t.unsure)}${k.interval ? `; ${NL.bootstrap(k.interval.replicates)}` : ''}</td></tr>`;
}

function comparisonBlock(comparison: Comparison): Raw {
  const rows = comparison.categories.map((c) => html`<tr><td>${NL.short[c.category]}</td><td class="num">${c.paired}</td>
<td class="num">${percent(c.before.share, 'nl')} ${interval(c.before.low, c.before.high, 'nl')}</td><td class="num">${percent(c.after.share, 'nl')} ${interval(c.after.low, c.after.high, 'nl')}</td>
<td class="num">${c.newlyFlagged}</td><td class="num">${c.becameClean}</td><td class="num">${c.mcnemarP.toPrecision(2).replace('.', ',')}</td></tr>`);
  return html`<h3>${NL.change}</h3><p>${NL.changeIntro(comparison.old)}</p>
<table><tr><th></th><th class="num">${NL.paired}</th><th class="num">${NL.before}</th><th class="num">${NL.after}</th><th class="num">${NL.newlyFlagged}</th><th class="num">${NL.becameClean}</th><th class="num">${NL.mcnemar}</th></tr>${rows}</table>`;
}
