// `schoolscan stats DIR`: prevalence per category with Wilson intervals, broken down by school type,
// province, denomination and board size; coverage and worst/best-case bounds; the review-corrected
// estimate when labels exist. Prints the tables with the manifest, writes tidy CSV/JSON to DIR/research/
// and rebuilds report.html so it carries the research section.
import { join } from 'node:path';
import { computeResearchStats } from '../../research/research-stats.ts';
import { loadResearchInput } from '../../research/load-research.ts';
import { statsText } from '../../research/stats-text.ts';
import { writeTidyOutputs } from '../../research/tidy-outputs.ts';
import { writeReportHtml } from '../../report/report-html.ts';
import { OUTPUT_FILES } from '../../report/write-outputs.ts';
import { openCrawlStore, type CrawlStore } from '../../store/index.ts';
import { compareCrawls, type Comparison } from '../../research/comparison.ts';
import { diffCrawls } from '../../research/crawl-diff.ts';
import { readCrawlSnapshot } from '../../research/crawl-snapshot.ts';
import { EXIT } from '../exit-codes.ts';
import { lockCrawlFolder } from '../folder-lock.ts';
import type { OptionTable } from '../options.ts';
import { checkedCrawlFolder, parseFolderCommand, usageFailure } from '../../research/folder-args.ts';

export const summary = 'Prevalence per category with 95% intervals, coverage and bounds; writes research/ tables and the report section';

const OPTIONS = {
  geo: { kind: 'string', placeholder: 'FILE', help: 'School coordinates (DUO scholen*.geo.zip or GeoJSON) for the dot map and the lon/lat/pupils columns' },
  compare: { kind: 'string', placeholder: 'OLD', help: 'An earlier crawl folder of the same schools: add the change since then' },
  json: { kind: 'flag', help: 'Print stats.json to stdout instead of the tables' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFolderCommand('stats', OPTIONS, argv, 1, { usage: 'schoolscan stats [--geo FILE] [--compare OLD] <DIR>', summary });
  if ('exit' in parsed) return parsed.exit;
  const [dir] = parsed.dirs;
  const store = openCrawlStore(dir);
  try {
    let input;
    try {
      input = await loadResearchInput(store, dir, { geoFile: parsed.values.geo });
    } catch (error) {
      return usageFailure('stats', `cannot read ${parsed.values.geo}: ${(error as Error).message}`);
    }
    if (parsed.values.compare) {
      const old = checkedCrawlFolder(parsed.values.compare);
      if (!old) return usageFailure('stats', `${parsed.values.compare} is not a crawl folder`);
      input.comparison = await comparisonWith(old, store, dir);
    }
    const result = computeResearchStats(input);
    const out = writeTidyOutputs(dir, result, input.geo);
    process.stdout.write(parsed.values.json ? `${JSON.stringify(result.stats, null, 1)}\n` : statsText(result.stats));
    process.stderr.write(`Tables written to ${out}\n`);
    await rebuildReport(store, dir);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function comparisonWith(oldDir: string, store: CrawlStore, dir: string): Promise<Comparison> {
  const oldStore = openCrawlStore(oldDir);
  try {
    const diff = diffCrawls(await readCrawlSnapshot(oldStore, oldDir), await readCrawlSnapshot(store, dir));
    return compareCrawls(oldDir, diff.summary);
  } finally {
    await oldStore.close();
  }
}

/** The report picks up research/stats.json; skipped while a crawl is still writing to the folder. */
async function rebuildReport(store: CrawlStore, dir: string): Promise<void> {
  let release: () => void;
  try {
    release = lockCrawlFolder(dir);
  } catch (error) {
    process.stderr.write(`report.html not rebuilt: ${(error as Error).message}\n`);
    return;
  }
  try {
    await writeReportHtml(store, join(dir, OUTPUT_FILES.report));
  } finally {
    release();
  }
}
