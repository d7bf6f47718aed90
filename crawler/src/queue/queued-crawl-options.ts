// From `schoolscan crawl` options to what a queued crawl needs: the queue's address and the settings
// every worker reads from Redis.
import type { CrawlOptions } from '../cli/crawl-options.ts';
import type { RunManifest } from '../store/records.ts';
import type { QueuedCrawl } from './coordinator.ts';
import { parseQueueUrl } from './redis-url.ts';

export function queuedCrawlOf(options: CrawlOptions, manifest: RunManifest): Pick<QueuedCrawl, 'address' | 'settings'> {
  if (!options.queue) throw new Error('queuedCrawlOf needs --queue');
  return {
    address: parseQueueUrl(options.queue),
    settings: {
      crawlDate: manifest.createdAt, modelSha256: manifest.modelSha256, maxPages: options.maxPages, maxDepth: options.maxDepth, render: options.render, noRobots: options.noRobots,
      noScreenshots: options.noScreenshots, userAgent: options.userAgent, delayMs: options.delayMs, maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs, hostMap: options.hostMap, ipConnections: options.ipConnections, archive: options.wacz || !options.noWacz,
    },
  };
}
