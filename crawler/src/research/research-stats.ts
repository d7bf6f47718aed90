// `schoolscan stats` as a pure function: crawl facts in, every table of the research section out.
import { CATEGORIES, type Category } from '../../../shared/src/index.ts';
import type { RunRecord, SiteSummary } from '../store/records.ts';
import type { Comparison } from './comparison.ts';
import { correctedPrevalence, withBootstrapInterval, type CorrectedPrevalence, type ReviewTally } from './corrected-prevalence.ts';
import { coverageTable, type CoverageTable } from './coverage.ts';
import { DIMENSION_KEYS } from './dimensions.ts';
import type { GeoPoint } from './geo-points.ts';
import { manifestFacts, type ManifestFacts } from './manifest-facts.ts';
import { breakdown, prevalenceRow, type DimensionBreakdown, type PrevalenceRow } from './prevalence.ts';
import type { ResearchManifest } from './research-manifest.ts';
import { tallyLabels, type LabelRecord } from './review-labels.ts';
import type { ReviewSample } from './review-sample.ts';
import { isCrawled, isFlagged, schoolUnits, websiteUnits, type SchoolUnit, type WebsiteUnit } from './school-units.ts';

export interface ResearchInput {
  sites: SiteSummary[];
  manifest?: ResearchManifest;
  runs: RunRecord[];
  review?: { sample: ReviewSample; labels: ReadonlyMap<string, LabelRecord> };
  geo?: ReadonlyMap<string, GeoPoint>;
  /** Change since an earlier crawl (`stats --compare OLD`). */
  comparison?: Comparison;
}

export interface CategoryStats {
  category: Category;
  /** Unit: school (registry location). */
  schools: PrevalenceRow;
  /** Unit: website. */
  websites: PrevalenceRow;
  byDimension: DimensionBreakdown[];
  corrected?: CorrectedPrevalence & { tally: ReviewTally };
}

/** A school on the dot map: 0 not crawled, 1 crawled and clean, 2 flagged for tutoring, 3 for the contribution, 4 both. */
export type MapPoint = [lon: number, lat: number, status: 0 | 1 | 2 | 3 | 4];

export interface ResearchStats {
  generatedAt: string;
  manifest: ManifestFacts;
  /** True when the crawl covers a random sample of the registry rather than all of it. */
  sampled: boolean;
  coverage: { schools: CoverageTable; websites: CoverageTable };
  categories: CategoryStats[];
  review?: { seed: string; items: number; labelled: number; drawnAt: string };
  map?: { points: MapPoint[]; schools: number; withCoordinates: number };
  comparison?: Comparison;
}

export interface ResearchResult {
  stats: ResearchStats;
  schools: SchoolUnit[];
  websites: WebsiteUnit[];
}

export function computeResearchStats(input: ResearchInput, options: { now?: Date; bootstrapReplicates?: number } = {}): ResearchResult {
  const schools = schoolUnits(input.sites, input.manifest);
  const websites = websiteUnits(input.sites);
  const sampled = Boolean(input.manifest?.sample);
  const categories = CATEGORIES.map((category): CategoryStats => ({
    category,
    schools: prevalenceRow('all', schools, category),
    websites: prevalenceRow('all', websites, category),
    byDimension: DIMENSION_KEYS.map((dimension) => breakdown(schools, category, dimension)),
    ...(input.review ? { corrected: correctedFor(category, schools, input.review, sampled, options.bootstrapReplicates) } : {}),
  }));
  const stats: ResearchStats = {
    generatedAt: (options.now ?? new Date()).toISOString(),
    manifest: manifestFacts(input.manifest, input.runs),
    sampled,
    coverage: { schools: coverageTable('school', schools), websites: coverageTable('website', websites) },
    categories,
    ...(input.review ? { review: reviewSummary(input.review) } : {}),
    ...(input.geo ? { map: mapOf(schools, input.geo) } : {}),
    ...(input.comparison ? { comparison: input.comparison } : {}),
  };
  return { stats, schools, websites };
}

function correctedFor(
  category: Category, schools: SchoolUnit[], review: NonNullable<ResearchInput['review']>, sampled: boolean, replicates?: number,
): CorrectedPrevalence & { tally: ReviewTally } {
  const tally = tallyLabels(review.sample.items, review.labels, category);
  const crawled = schools.filter(isCrawled).length;
  const flagged = schools.filter((s) => isFlagged(s, category)).length;
  const estimate = withBootstrapInterval(correctedPrevalence(flagged, crawled, tally), tally, {
    seed: `${review.sample.seed}:${category}`, replicates, flaggedShareVaries: sampled,
  });
  return { ...estimate, tally };
}

function reviewSummary(review: NonNullable<ResearchInput['review']>): NonNullable<ResearchStats['review']> {
  const labelled = review.sample.items.filter((item) => review.labels.has(item.id)).length;
  return { seed: review.sample.seed, items: review.sample.items.length, labelled, drawnAt: review.sample.drawnAt };
}

function mapOf(schools: SchoolUnit[], geo: ReadonlyMap<string, GeoPoint>): NonNullable<ResearchStats['map']> {
  const points: MapPoint[] = [];
  for (const school of schools) {
    const point = school.location?.code ? geo.get(school.location.code.toUpperCase()) : undefined;
    if (!point) continue;
    const tutoring = isFlagged(school, 'commercial-tutoring');
    const contribution = isFlagged(school, 'mandatory-contribution');
    const status = !isCrawled(school) ? 0 : tutoring && contribution ? 4 : contribution ? 3 : tutoring ? 2 : 1;
    points.push([round(point.lon), round(point.lat), status]);
  }
  return { points, schools: schools.length, withCoordinates: points.length };
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
