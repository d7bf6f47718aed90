import { TOOL_VERSION } from '../../../shared/src/version.ts';
import type { OptionTable, OptionValues } from './options.ts';

export const DEFAULT_USER_AGENT = `schoolscan/${TOOL_VERSION} (+https://github.com/schoolscan; research crawler)`;

export const RENDER_MODES = ['auto', 'never', 'always'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

function timestampFolder(): string {
  return `schoolscan-out/${new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')}`;
}

export const CRAWL_OPTIONS = {
  seeds: { kind: 'list', placeholder: 'FILE', help: 'URL list (one a line) or DUO registry CSV (;-separated, column INTERNETADRES)' },
  sample: { kind: 'integer', min: 1, placeholder: 'N', help: 'Crawl a random sample of N schools (registry seeds) or sites (URL lists) instead of all' },
  sampleSeed: { kind: 'string', placeholder: 'S', defaultText: 'random, printed and kept in the manifest', help: 'Seed of the --sample draw: same seeds, N, strata and seed give the same sample' },
  strata: { kind: 'string', placeholder: 'LIST', help: 'Draw --sample proportionally per stratum: comma-separated from type, province, denomination, boardSize' },
  maxPages: { kind: 'integer', default: 200, min: 1, help: 'Most pages fetched per site' },
  maxDepth: { kind: 'integer', default: 5, min: 0, help: 'Most link hops from the start page' },
  concurrency: { kind: 'integer', default: 4, min: 1, help: 'Sites crawled in parallel' },
  delayMs: { kind: 'integer', default: 1000, min: 0, help: 'Minimum ms between requests to one host (robots.txt Crawl-delay wins when larger)' },
  render: { kind: 'choice', choices: RENDER_MODES, default: 'auto', help: 'Run pages in Chromium: auto (app shells and script-only pages), never, always' },
  out: { kind: 'string', placeholder: 'DIR', default: timestampFolder, defaultText: './schoolscan-out/<timestamp>', help: 'Crawl folder to write' },
  resume: { kind: 'string', placeholder: 'DIR', help: 'Continue the crawl stored in DIR (after a crash, kill or Ctrl-C)' },
  noRobots: { kind: 'flag', help: 'Ignore robots.txt (only with the site owner\'s consent)' },
  hostMap: { kind: 'list', placeholder: 'HOST=IP', help: 'Resolve HOST to IP, e.g. \'*.test=127.0.0.1\'' },
  userAgent: { kind: 'string', placeholder: 'TEXT', default: DEFAULT_USER_AGENT, help: 'User-Agent header' },
  maxBytes: { kind: 'integer', default: 15 * 1024 * 1024, min: 1024, help: 'Largest body read, in bytes' },
  timeoutMs: { kind: 'integer', default: 30_000, min: 100, help: 'Time limit for one request, body included' },
  noScreenshots: { kind: 'flag', help: 'Do not take evidence screenshots' },
  wacz: { kind: 'flag', help: 'Record every HTTP exchange in WARC files (archive/) and package one WACZ per site (wacz/); the default' },
  noWacz: { kind: 'flag', help: 'Record no web archive' },
  signKey: { kind: 'string', placeholder: 'FILE.pem', help: 'Sign each WACZ\'s datapackage digest with this Ed25519 private key' },
  queue: { kind: 'string', placeholder: 'URL', help: 'Spread the crawl over `schoolscan worker` processes through Redis, redis://host:port/db (docs/scale-out.md)' },
  ipConnections: { kind: 'integer', default: 4, min: 0, help: 'With --queue: most requests in flight to one IP address across all workers (shared hosting); 0 = no limit' },
  quiet: { kind: 'flag', short: 'q', help: 'Print only warnings and the final summary' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export type CrawlOptions = OptionValues<typeof CRAWL_OPTIONS>;

/** Options that describe WHAT is crawled: a resume keeps the stored values unless the user gives them again. */
export const STORED_OPTION_KEYS = [
  'maxPages', 'maxDepth', 'delayMs', 'render', 'noRobots', 'hostMap', 'userAgent', 'maxBytes', 'timeoutMs', 'noScreenshots', 'ipConnections',
  'noWacz', 'signKey',
] as const satisfies readonly (keyof CrawlOptions)[];
