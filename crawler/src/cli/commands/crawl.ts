import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { buildCrawlWaczs } from '../../archive/build-wacz.ts';
import { CrawlArchive } from '../../archive/crawl-archive.ts';
import { loadSigningKey } from '../../archive/wacz-signature.ts';
import { createCrawlDeps } from '../../crawl/real-deps.ts';
import { DEFAULT_RETRY } from '../../crawl/retry-policy.ts';
import { runCrawl, type RunResult } from '../../crawl/run-crawl.ts';
import { OUTPUT_FILES, writeCrawlOutputs } from '../../report/write-outputs.ts';
import { openCrawlStore, type CrawlStore } from '../../store/index.ts';
import { CRAWL_OPTIONS, type CrawlOptions } from '../crawl-options.ts';
import { planCrawl, storableOptions, type CrawlPlan } from '../crawl-plan.ts';
import type { SiteInput } from '../site-input.ts';
import { sampleText } from '../../research/sample-text.ts';
import { EXIT } from '../exit-codes.ts';
import { lockCrawlFolder } from '../folder-lock.ts';
import { buildManifest } from '../manifest.ts';
import { formatHelp, UsageError } from '../options.ts';
import { CrawlProgress } from '../progress.ts';
import { runQueuedCrawl } from '../../queue/coordinator.ts';
import { QueueProgress } from '../../queue/queue-progress.ts';
import { queuedCrawlOf } from '../../queue/queued-crawl-options.ts';

export const summary = 'Crawl school websites; write findings, pages, sites.csv and report.html to a crawl folder';
const USAGE = 'schoolscan crawl [OPTIONS] <URL...>\n       schoolscan crawl [OPTIONS] --seeds FILE\n       schoolscan crawl --resume DIR';

/** How long a leased site or URL stays ours; only matters when several processes share a store. */
const LEASE_MS = 10 * 60_000;

export async function run(argv: string[]): Promise<number> {
  let plan: CrawlPlan;
  let release: () => void;
  try {
    plan = await planCrawl(argv);
    if (plan.kind === 'help') {
      process.stdout.write(formatHelp(USAGE, summary, CRAWL_OPTIONS));
      return EXIT.ok;
    }
    mkdirSync(plan.dir, { recursive: true });
    release = lockCrawlFolder(plan.dir);
  } catch (error) {
    if (!(error instanceof UsageError) && !/in use by process/.test(String(error))) throw error;
    process.stderr.write(`schoolscan crawl: ${(error as Error).message}\nRun \`schoolscan crawl --help\` for usage.\n`);
    return EXIT.usage;
  }
  const store = openCrawlStore(plan.dir);
  try {
    return await crawl(plan, store);
  } finally {
    await store.close();
    release();
  }
}

async function crawl(plan: Exclude<CrawlPlan, { kind: 'help' }>, store: CrawlStore): Promise<number> {
  const { options, dir } = plan;
  const say = (text: string) => { if (!options.quiet) process.stderr.write(`${text}\n`); };
  const archiving = options.wacz || !options.noWacz;
  let signKey;
  try {
    signKey = options.signKey ? loadSigningKey(options.signKey) : undefined;
  } catch (error) {
    process.stderr.write(`schoolscan crawl: --sign-key: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (plan.kind === 'new') {
    await store.addSites(plan.input.sites);
    await store.putManifest({ ...buildManifest(storableOptions(options), options.seeds), ...plan.research });
    if (plan.research.sample) say(sampleText(plan.research.sample));
    reportSeedProblems(plan.input, say);
  } else {
    const reclaimed = await store.reclaimLeases({ all: true });
    say(`Resuming ${dir}: ${reclaimed.sites} interrupted site(s) and ${reclaimed.urls} unfinished URL(s) taken up again.`);
  }
  if (options.noRobots) {
    process.stderr.write('\n*** WARNING: --no-robots: robots.txt is IGNORED. Only crawl sites whose owners agreed to it. ***\n\n');
  }
  const manifest = (await store.getManifest())!;
  const sites = await store.listSites();
  const progressOptions = {
    totalSites: sites.length, doneSites: sites.filter((s) => ['finished', 'partial', 'failed'].includes(s.state)).length, quiet: options.quiet,
  };
  // With --queue, workers crawl and this process collects: its view shows every worker.
  const progress = options.queue ? new QueueProgress(progressOptions) : new CrawlProgress(progressOptions);
  const controller = new AbortController();
  const stopSignals = onInterrupt(controller, say);
  const runId = await store.startRun({ owner: ownerId(), startedAt: new Date().toISOString(), resumed: plan.kind === 'resume' });

  let result: RunResult | undefined;
  let exitCode: number = EXIT.failed;
  try {
    if (progress instanceof QueueProgress) {
      const queued = { ...queuedCrawlOf(options, manifest), store, dir, progress, signal: controller.signal };
      result = await runQueuedCrawl(queued).finally(() => progress.stop());
    } else {
      const deps = createCrawlDeps({
        store, owner: ownerId(), settings: settingsOf(options, dir), delayMs: options.delayMs, maxBytes: options.maxBytes,
        timeoutMs: options.timeoutMs, hostMap: options.hostMap, crawlDate: new Date(manifest.createdAt),
        useBrowser: !(options.render === 'never' && options.noScreenshots),
        observer: progress, signal: controller.signal,
        archive: archiving ? new CrawlArchive({ dir, store, userAgent: options.userAgent, obeyRobots: !options.noRobots, warn: (m) => progress.warn(m) }) : undefined,
      });
      try {
        result = await runCrawl(deps, options.concurrency);
      } finally {
        await deps.close();
        progress.stop();
      }
    }
    const counts = await writeCrawlOutputs(store, dir);
    if (archiving) say(`${(await buildCrawlWaczs({ dir, store, signKey, warn: say })).length} WACZ file(s) in ${join(dir, 'wacz')}`);
    exitCode = exitCodeOf(result, await store.listSites());
    say(`${progress.status()}\n${counts.findings} findings in ${counts.sites} sites; ${counts.pages} URLs in ${OUTPUT_FILES.pages}.`);
    if (result.interrupted) say(`Interrupted. Continue with: schoolscan crawl --resume ${relative(process.cwd(), dir) || '.'}`);
    process.stdout.write(`${join(dir, OUTPUT_FILES.report)}\n`);
  } finally {
    stopSignals();
    await store.endRun(runId, { endedAt: new Date().toISOString(), exitCode });
  }
  return exitCode;
}

function reportSeedProblems(input: SiteInput, say: (text: string) => void): void {
  const { problems, locationsWithoutWebsite, sites } = input;
  const shown = problems.slice(0, 5).map((p) => `  line ${p.row}: "${p.value}": ${p.reason}`);
  if (problems.length) say(`${problems.length} unusable seed value(s), skipped:\n${shown.join('\n')}${problems.length > 5 ? '\n  …' : ''}`);
  if (locationsWithoutWebsite) say(`${locationsWithoutWebsite} registry location(s) have no website and are not crawled.`);
  say(`${sites.length} site(s) to crawl.`);
}

function exitCodeOf(result: RunResult, sites: { state: string }[]): number {
  if (result.interrupted) return EXIT.interrupted;
  return sites.length > 0 && sites.every((s) => s.state === 'failed') ? EXIT.failed : EXIT.ok;
}

function settingsOf(options: CrawlOptions, outDir: string) {
  return {
    maxPages: options.maxPages, maxDepth: options.maxDepth, render: options.render, obeyRobots: !options.noRobots,
    screenshots: !options.noScreenshots, userAgent: options.userAgent, outDir, leaseMs: LEASE_MS, retry: DEFAULT_RETRY,
  };
}

let owner: string | undefined;
function ownerId(): string {
  return (owner ??= `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`);
}

/** First Ctrl-C: finish the pages in hand, write the outputs, exit 130. Second: stop at once (the store stays consistent). */
function onInterrupt(controller: AbortController, say: (text: string) => void): () => void {
  const handler = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    say('\nStopping after the pages in hand (press Ctrl-C again to stop at once)…');
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
