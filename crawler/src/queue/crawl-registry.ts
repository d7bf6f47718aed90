// What a crawl shares through Redis besides its jobs: its settings (read by every worker), the claim of
// the coordinator that collects it, and the result bundles waiting to be collected.
import type { Redis } from 'ioredis';
import type { RenderMode } from '../cli/crawl-options.ts';
import { SITE_QUEUE } from './redis-url.ts';

const PREFIX = `schoolscan:${SITE_QUEUE}`;

/** The crawl options a worker needs: everything that shapes how a site is crawled. */
export interface QueuedCrawlSettings {
  crawlId: string;
  /** The coordinator's crawl folder, for messages only. */
  folder: string;
  /** Start of the crawl (calendar traps are judged against it). */
  crawlDate: string;
  /** The classifier model the crawl judges pages with: a worker with another model must not take its sites. */
  modelSha256?: string;
  maxPages: number;
  maxDepth: number;
  render: RenderMode;
  noRobots: boolean;
  noScreenshots: boolean;
  userAgent: string;
  delayMs: number;
  maxBytes: number;
  timeoutMs: number;
  hostMap: string[];
  /** Requests in flight to one IP address across all workers; 0 for no limit. */
  ipConnections: number;
  /** Record WARCs (--wacz, the default); they travel with each site's bundle. */
  archive: boolean;
}

export const registryKeys = {
  settings: (crawlId: string) => `${PREFIX}:crawl:${crawlId}`,
  coordinator: `${PREFIX}:coordinator`,
  result: (jobId: string, token: string) => `${PREFIX}:result:${jobId}:${token}`,
  gatePrefix: `${PREFIX}:gate`,
};

/** Results not collected within this time are dropped by Redis; the coordinator re-enqueues their sites. */
export const RESULT_TTL_SECONDS = 7 * 24 * 3600;

export async function openCrawl(redis: Redis, settings: QueuedCrawlSettings): Promise<void> {
  await redis.set(registryKeys.settings(settings.crawlId), JSON.stringify(settings));
}

/** The crawl's settings, or undefined when it is not open (never was, or its coordinator ended it). */
export async function readCrawl(redis: Redis, crawlId: string): Promise<QueuedCrawlSettings | undefined> {
  const text = await redis.get(registryKeys.settings(crawlId));
  return text ? (JSON.parse(text) as QueuedCrawlSettings) : undefined;
}

/** Ends the crawl: jobs of it still in the queue become stale and fail when a worker takes them. */
export async function closeCrawl(redis: Redis, crawlId: string): Promise<void> {
  await redis.del(registryKeys.settings(crawlId));
}

const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return holder end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`;

/**
 * One coordinator per queue. Takes (or renews) the claim for `crawlId`; returns the id of the crawl that
 * holds the queue instead, when another live coordinator does. The claim lapses `ttlMs` after the last renewal.
 */
export async function claimQueue(redis: Redis, crawlId: string, ttlMs: number): Promise<string | undefined> {
  const holder = (await redis.eval(CLAIM, 1, registryKeys.coordinator, crawlId, String(ttlMs))) as string | null;
  return holder ?? undefined;
}

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export async function releaseQueue(redis: Redis, crawlId: string): Promise<void> {
  await redis.eval(RELEASE, 1, registryKeys.coordinator, crawlId);
}
