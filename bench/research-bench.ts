// Research commands at national scale: `stats` and `diff` on synthetic crawl folders of 8,000 schools
// (about the number of Dutch po + vo locations), in process and through the CLI. Folder building is
// set-up and not timed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffCrawls } from '../crawler/src/research/crawl-diff.ts';
import { readCrawlSnapshot } from '../crawler/src/research/crawl-snapshot.ts';
import { diffText, writeDiffOutputs } from '../crawler/src/research/diff-outputs.ts';
import { loadResearchInput } from '../crawler/src/research/load-research.ts';
import { researchSection } from '../crawler/src/research/research-section.ts';
import { computeResearchStats } from '../crawler/src/research/research-stats.ts';
import { drawReviewSample } from '../crawler/src/research/review-sample.ts';
import { appendLabels, writeReviewSample } from '../crawler/src/research/review-store.ts';
import { statsText } from '../crawler/src/research/stats-text.ts';
import { buildSyntheticCrawl } from '../crawler/src/research/synthetic-crawl.fixture.ts';
import { writeTidyOutputs } from '../crawler/src/research/tidy-outputs.ts';
import { openCrawlStore } from '../crawler/src/store/index.ts';
import type { BenchResult } from './bench-types.ts';

const SCHOOLS = 8000;
const REPEATS = 3;

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)]);
}

async function stats(dir: string) {
  const store = openCrawlStore(dir);
  try {
    const result = computeResearchStats(await loadResearchInput(store, dir));
    writeTidyOutputs(dir, result);
    statsText(result.stats);
    researchSection(result.stats).toString();
    return result;
  } finally {
    await store.close();
  }
}

async function diff(oldDir: string, newDir: string) {
  const snapshot = async (dir: string) => {
    const store = openCrawlStore(dir);
    try {
      return await readCrawlSnapshot(store, dir);
    } finally {
      await store.close();
    }
  };
  const result = diffCrawls(await snapshot(oldDir), await snapshot(newDir));
  writeDiffOutputs(join(newDir, 'research', 'diff'), result);
  diffText(result);
  return result;
}

/** Median wall time of the real command in a child process (Node start and TypeScript loading included). */
function cliMs(args: string[]): Promise<number> {
  return medianMs(async () => execFileSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'schoolscan.js'), ...args], { stdio: 'ignore' }));
}

export async function benchResearch(): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'bench-research-'));
  try {
    const [v1, v2] = [join(root, 'v1'), join(root, 'v2')];
    const setupStart = performance.now();
    await buildSyntheticCrawl(v1, { count: SCHOOLS, version: 1 });
    await buildSyntheticCrawl(v2, { count: SCHOOLS, version: 2 });
    const setupMs = performance.now() - setupStart;

    const statsMs = await medianMs(() => stats(v2));
    const { stats: figures, schools } = await stats(v2);
    const sample = drawReviewSample(schools, { n: 400, seed: 'bench' });
    writeReviewSample(v2, sample);
    appendLabels(v2, sample.items.map((item, i) => ({ item: item.id, label: i % 9 === 0 ? 'wrong' : 'correct', at: new Date().toISOString(), source: 'page' as const })));
    const reviewedMs = await medianMs(() => stats(v2));
    const diffMs = await medianMs(() => diff(v1, v2));
    const changes = (await diff(v1, v2)).summary.findings;
    const rssMb = Math.round(process.memoryUsage().rss / 1e6);

    return {
      name: 'research',
      rows: [
        { measure: 'schools / websites', value: `${figures.coverage.schools.population} / ${figures.coverage.websites.population}` },
        { measure: 'stats (in process, ms)', value: statsMs },
        { measure: 'stats with 400 reviewed items, 2×2000 bootstrap (ms)', value: reviewedMs },
        { measure: 'diff (in process, ms)', value: diffMs },
        { measure: 'diff findings +added/−removed/edited', value: `${changes.added}/${changes.removed}/${changes.edited}` },
        { measure: 'schoolscan stats DIR (CLI wall, report.html rebuilt too, ms)', value: await cliMs(['stats', v2]) },
        { measure: 'schoolscan diff OLD NEW (CLI wall, ms)', value: await cliMs(['diff', v1, v2]) },
        { measure: 'process RSS after (MB)', value: rssMb },
      ],
      notes: [
        `synthetic folders (${SCHOOLS} schools, 8 pages a site) built in ${Math.round(setupMs / 1000)} s, not timed`,
        `median of ${REPEATS} runs; stats includes the tidy CSV/JSON files, the terminal tables and the report section with its SVG charts`,
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
