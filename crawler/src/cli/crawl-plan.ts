// What a `schoolscan crawl` invocation asks for, checked before anything is written: a new crawl of the
// given sites, or the resume of a stored one with the stored options (overridden only where given again).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HostMap } from '../fetch/host-map.ts';
import { parseQueueUrl } from '../queue/redis-url.ts';
import type { ResearchManifestFields } from '../research/research-manifest.ts';
import { prepareResearchSeeds } from '../research/sample-seeds.ts';
import { openCrawlStore, STORE_FILE } from '../store/index.ts';
import { CRAWL_OPTIONS, STORED_OPTION_KEYS, type CrawlOptions } from './crawl-options.ts';
import { parseCommandLine, UsageError } from './options.ts';
import { sitesFromInput, type SiteInput } from './site-input.ts';

export type CrawlPlan =
  | { kind: 'help' }
  | { kind: 'new'; dir: string; options: CrawlOptions; input: SiteInput; research: ResearchManifestFields }
  | { kind: 'resume'; dir: string; options: CrawlOptions };

export async function planCrawl(argv: string[]): Promise<CrawlPlan> {
  const { values, positionals, given } = parseCommandLine(CRAWL_OPTIONS, argv);
  if (values.help) return { kind: 'help' };
  checkHostMap(values.hostMap);
  if (values.queue !== undefined) checkQueueUrl(values.queue);

  if (values.resume !== undefined) {
    if (positionals.length > 0 || values.seeds.length > 0) throw new UsageError('--resume continues the stored sites; give no URLs or --seeds with it');
    if (values.sample !== undefined) throw new UsageError('--resume continues the stored sample; give no --sample with it');
    const dir = resolve(values.resume);
    if (!existsSync(join(dir, STORE_FILE))) throw new UsageError(`${dir} is not a crawl folder (no ${STORE_FILE})`);
    return { kind: 'resume', dir, options: await resumedOptions(dir, values, given) };
  }

  if (positionals.length === 0 && values.seeds.length === 0) throw new UsageError('give at least one URL, or --seeds FILE');
  const dir = resolve(values.out);
  if (existsSync(join(dir, STORE_FILE))) throw new UsageError(`${dir} already holds a crawl: continue it with --resume ${values.out}, or choose another --out`);
  const input = await sitesFromInput(positionals, values.seeds);
  if (input.sites.length === 0) throw new UsageError('no website address found in the input');
  const research = researchSeeds(input, values);
  const sampled: SiteInput = { ...input, sites: research.sites, withoutWebsite: research.withoutWebsite, locationsWithoutWebsite: research.withoutWebsite.length };
  const options = { ...values, sampleSeed: research.manifest.sampleSeed ?? values.sampleSeed };
  return { kind: 'new', dir, options, input: sampled, research: research.manifest };
}

/** Stored crawl options win over defaults; options given on this command line win over both. */
async function resumedOptions(dir: string, values: CrawlOptions, given: Set<keyof CrawlOptions>): Promise<CrawlOptions> {
  const store = openCrawlStore(dir);
  const stored = (await store.getManifest())?.options ?? {};
  await store.close();
  const merged: Record<string, unknown> = { ...values, out: dir };
  for (const key of STORED_OPTION_KEYS) if (!given.has(key) && key in stored) merged[key] = stored[key];
  return merged as CrawlOptions;
}

function checkQueueUrl(text: string): void {
  try {
    parseQueueUrl(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function checkHostMap(specs: string[]): void {
  try {
    HostMap.parse(specs);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The options a manifest keeps: everything that shapes the crawl, nothing about this one invocation. */
export function storableOptions(options: CrawlOptions): Record<string, unknown> {
  // The queue address is where this invocation ran, and may hold a Redis password: not a fact of the crawl.
  const { help: _help, resume: _resume, quiet: _quiet, queue: _queue, ...rest } = options;
  return rest;
}

/** --sample/--strata applied to the seeds (issue 6); bad strata are a usage error. */
function researchSeeds(input: SiteInput, values: CrawlOptions): ReturnType<typeof prepareResearchSeeds> {
  try {
    return prepareResearchSeeds(input, { sample: values.sample, sampleSeed: values.sampleSeed, strata: values.strata });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
