// What a research crawl adds to the crawl manifest: the sample it stands for and the registry schools it
// could not crawl for lack of a website. Stored with the manifest (plain JSON), read back by `stats`.
import type { RunManifest, SiteLocation } from '../store/records.ts';
import type { StratumDraw } from './stratified-sample.ts';

export interface SampleRecord {
  /** What was drawn: registry locations (schools) or, for URL lists, websites. */
  unit: 'school' | 'website';
  seed: string;
  /** Units asked for with --sample. */
  requested: number;
  /** Units in the frame the sample was drawn from (all registry locations of the seed files). */
  populationSize: number;
  strata: string[];
  perStratum: StratumDraw[];
  /** The drawn registry codes (or site ids), sorted. */
  drawn: string[];
}

export interface ResearchManifestFields {
  sample?: SampleRecord;
  /** The seed of the sample draw (also inside `sample`), where RunManifest keeps it. */
  sampleSeed?: string;
  /** Registry locations in the crawl's population that have no usable website: counted, never crawled. */
  locationsWithoutWebsite?: SiteLocation[];
}

export type ResearchManifest = RunManifest & ResearchManifestFields;
