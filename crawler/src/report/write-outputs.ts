// Every output file of a crawl folder is derived from the store, so `schoolscan report DIR` and a resumed
// crawl both write complete files.
import { join } from 'node:path';
import type { CrawlStore } from '../store/crawl-store.ts';
import { writeJsonl } from './jsonl.ts';
import { pageLine } from './pages-file.ts';
import { writeReportHtml } from './report-html.ts';
import { writeSitesCsv } from './sites-csv.ts';

export const OUTPUT_FILES = {
  findings: 'findings.jsonl',
  pages: 'pages.jsonl',
  sites: 'sites.csv',
  outlinks: 'outlinks.jsonl',
  report: 'report.html',
} as const;

export interface OutputCounts {
  findings: number;
  pages: number;
  sites: number;
  outlinks: number;
}

export async function writeCrawlOutputs(store: CrawlStore, dir: string): Promise<OutputCounts> {
  const sites = await store.siteSummaries();
  const findings = await writeJsonl(join(dir, OUTPUT_FILES.findings), store.findings());
  const pages = await writeJsonl(join(dir, OUTPUT_FILES.pages), store.pages(), pageLine);
  const outlinks = await writeJsonl(join(dir, OUTPUT_FILES.outlinks), store.outlinks());
  await writeSitesCsv(join(dir, OUTPUT_FILES.sites), sites);
  await writeReportHtml(store, join(dir, OUTPUT_FILES.report));
  return { findings, pages, sites: sites.length, outlinks };
}
