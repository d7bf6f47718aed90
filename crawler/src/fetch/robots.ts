import robotsParser from 'robots-parser';
import type { FailureReason } from '../../../shared/src/index.ts';
import type { FetchContext } from './http-fetcher.ts';
import type { RequestGate } from './politeness.ts';
import { FetchError, type FetchResult } from './types.ts';

/** What one origin's robots.txt says, or what we assume when it could not be read. */
export interface RobotsPolicy {
  origin: string;
  /**
   * - 'parsed': a robots.txt was read and applies.
   * - 'absent': none, or a 4xx (401 and 403 included, per RFC 9309): everything is allowed.
   * - 'unreachable': 5xx, 429, timeout, network failure or an unreadable file. RFC 9309 says to assume
   *   complete disallow; we do so for the whole crawl (no retry yet).
   */
  status: 'parsed' | 'absent' | 'unreachable';
  /** Why the status is not 'parsed' (a failure reason), for the log and pages.jsonl. */
  failure?: FailureReason;
  isAllowed(url: string): boolean;
  /** Crawl-delay for our token (or `*`), already capped. */
  crawlDelayMs?: number;
  sitemaps: string[];
}

export interface RobotsCacheOptions {
  fetcher: { fetch(url: string, ctx: FetchContext): Promise<FetchResult> };
  /** The product token we obey rules for. Default 'schoolscan'. */
  userAgentToken?: string;
  /** Longest Crawl-delay we honour; longer ones are cut to this and logged. Default 10 s. */
  maxCrawlDelayMs?: number;
  /** When given, each host's gap between requests is raised to its Crawl-delay. */
  gate?: RequestGate;
  log?: (message: string) => void;
}

/** RFC 9309 asks parsers to read at least 500 KiB. */
const MAX_ROBOTS_BYTES = 512 * 1024;
const UNAVAILABLE_MEANS_ALLOW: ReadonlySet<FailureReason> = new Set(['http-4xx', 'too-many-redirects', 'redirect-loop', 'invalid-url']);

/** Fetches and parses robots.txt once per origin (scheme, host, port) and answers from memory after that. */
export class RobotsCache {
  private readonly policies = new Map<string, Promise<RobotsPolicy>>();
  private readonly token: string;
  private readonly maxCrawlDelayMs: number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.token = options.userAgentToken ?? 'schoolscan';
    this.maxCrawlDelayMs = options.maxCrawlDelayMs ?? 10_000;
  }

  /** The policy for the origin of `url`, fetched on first use. */
  policyFor(url: string, siteId: string): Promise<RobotsPolicy> {
    const origin = new URL(url).origin;
    let policy = this.policies.get(origin);
    if (!policy) {
      policy = this.load(origin, siteId);
      this.policies.set(origin, policy);
    }
    return policy;
  }

  async isAllowed(url: string, siteId: string): Promise<boolean> {
    return (await this.policyFor(url, siteId)).isAllowed(url);
  }

  private async load(origin: string, siteId: string): Promise<RobotsPolicy> {
    const robotsUrl = `${origin}/robots.txt`;
    let text: string;
    try {
      const result = await this.options.fetcher.fetch(robotsUrl, {
        siteId,
        purpose: 'robots',
        accept: 'text/plain,*/*;q=0.5',
        limits: { maxBytes: MAX_ROBOTS_BYTES, maxRawBytes: MAX_ROBOTS_BYTES },
      });
      text = new TextDecoder('utf-8').decode(result.body);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      if (UNAVAILABLE_MEANS_ALLOW.has(error.reason)) return fixedPolicy(origin, 'absent', error.reason);
      this.options.log?.(`robots.txt of ${origin} unreachable (${error.reason}): not crawling this origin`);
      return fixedPolicy(origin, 'unreachable', error.reason);
    }

    // Rules are matched against the origin asked about, even when robots.txt redirected elsewhere.
    const robots = robotsParser(robotsUrl, text);
    const crawlDelayMs = this.crawlDelayOf(robots.getCrawlDelay(this.token), origin);
    if (crawlDelayMs !== undefined) this.options.gate?.setMinGap(new URL(origin).hostname, crawlDelayMs);
    return {
      origin,
      status: 'parsed',
      isAllowed: (url) => url === robotsUrl || robots.isAllowed(url, this.token) !== false,
      crawlDelayMs,
      sitemaps: robots.getSitemaps(),
    };
  }

  private crawlDelayOf(seconds: number | undefined, origin: string): number | undefined {
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return undefined;
    const ms = Math.round(seconds * 1000);
    if (ms <= this.maxCrawlDelayMs) return ms;
    this.options.log?.(`robots.txt of ${origin} asks Crawl-delay ${seconds}s; capped at ${this.maxCrawlDelayMs / 1000}s`);
    return this.maxCrawlDelayMs;
  }
}

function fixedPolicy(origin: string, status: 'absent' | 'unreachable', failure: FailureReason): RobotsPolicy {
  const allowed = status === 'absent';
  return { origin, status, failure, isAllowed: () => allowed, sitemaps: [] };
}
