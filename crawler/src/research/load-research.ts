// Reads what `stats` needs from a crawl folder: the store's site summaries, manifest and runs, the
// review sample and labels when a review exists, and the coordinates file when one is given.
import type { CrawlStore } from '../store/crawl-store.ts';
import { readGeoPoints } from './geo-points.ts';
import type { ResearchManifest } from './research-manifest.ts';
import type { ResearchInput } from './research-stats.ts';
import { readLabels, readReviewSample } from './review-store.ts';

export async function loadResearchInput(store: CrawlStore, dir: string, options: { geoFile?: string } = {}): Promise<ResearchInput> {
  const [sites, manifest, runs] = await Promise.all([store.siteSummaries(), store.getManifest(), store.listRuns()]);
  const sample = readReviewSample(dir);
  return {
    sites,
    manifest: manifest as ResearchManifest | undefined,
    runs,
    ...(sample ? { review: { sample, labels: readLabels(dir) } } : {}),
    ...(options.geoFile ? { geo: readGeoPoints(options.geoFile) } : {}),
  };
}
