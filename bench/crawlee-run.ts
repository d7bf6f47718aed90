// The Crawlee side of bench/crawl-bench.ts: Crawlee 3's CheerioCrawler over the test web's school sites,
// run as its own process (`node --import tsx bench/crawlee-run.ts --seeds FILE --concurrency N --max-pages N`)
// so its CPU time and peak memory are measured exactly as schoolscan's are. Storage stays in memory.
// The handler does what Crawlee users do and no more: cheerio text and links of each HTML page, the body of
// anything else. Links are enqueued by hand, per site (registrable domain, subdomains included, www twin
// folded into the host the page came from), at most --max-pages per site: Crawlee's own enqueueLinks with
// maxRequestsPerCrawl stalls near the limit. Prints one JSON line: { pages (status 200), failed, crawlMs, textChars }.
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import { parseArgs } from 'node:util';
import { CheerioCrawler, Configuration, log, MemoryStorage } from 'crawlee';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, concurrency: { type: 'string' }, 'max-pages': { type: 'string' } } });
if (!values.seeds) throw new Error('usage: crawlee-run.ts --seeds FILE [--concurrency N] [--max-pages N]');
const seeds = readFileSync(values.seeds, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const concurrency = Number(values.concurrency ?? 8);
const maxPagesPerSite = Number(values['max-pages'] ?? 200);

/** `*.test` → 127.0.0.1, as schoolscan's --host-map does; everything else through the system resolver. */
const testLookup = ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
  if (!hostname.endsWith('.test')) return dns.lookup(hostname, options, callback as never);
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as LookupFunction;

const siteOf = (host: string) => host.split('.').slice(-2).join('.');
const twinOf = (host: string) => (host.startsWith('www.') ? host.slice(4) : `www.${host}`);
/** URLs admitted per site; the same normalisation Crawlee's unique keys apply (no fragment, no utm_). */
const admitted = new Map<string, Set<string>>();

function admit(url: URL): boolean {
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('utm_')) url.searchParams.delete(key);
  const site = siteOf(url.hostname);
  const seen = admitted.get(site) ?? new Set<string>();
  admitted.set(site, seen);
  if (seen.has(url.href) || seen.size >= maxPagesPerSite) return false;
  seen.add(url.href);
  return true;
}

log.setLevel(log.LEVELS.WARNING);
const config = new Configuration({ persistStorage: false, purgeOnStart: true, storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }) });
let pages = 0;
let failed = 0;
let textChars = 0;

const crawler = new CheerioCrawler({
  // Fixed at the given concurrency (no autoscaling ramp), as schoolscan's --concurrency is.
  minConcurrency: concurrency,
  maxConcurrency: concurrency,
  maxRequestRetries: 1,
  navigationTimeoutSecs: 5,
  // School guides are PDFs (one is served as application/octet-stream): fetch them like schoolscan does.
  additionalMimeTypes: ['application/pdf', 'application/octet-stream'],
  preNavigationHooks: [(_context, gotOptions) => { gotOptions.dnsLookup = testLookup; }],
  async requestHandler({ $, body, request, response, addRequests }) {
    if (response.statusCode !== 200) {
      failed++;
      return;
    }
    pages++;
    if (!$) {
      textChars += body.length;
      return;
    }
    $('script, style, noscript').remove();
    textChars += $('body').text().replace(/\s+/g, ' ').trim().length;
    const base = new URL(request.loadedUrl ?? request.url);
    const found: string[] = [];
    for (const element of $('a[href]')) {
      let link: URL;
      try {
        link = new URL($(element).attr('href')!, base);
      } catch {
        continue;
      }
      if (!/^https?:$/.test(link.protocol) || siteOf(link.hostname) !== siteOf(base.hostname)) continue;
      if (link.hostname === twinOf(base.hostname)) link.hostname = base.hostname;
      if (admit(link)) found.push(link.href);
    }
    if (found.length) await addRequests(found);
  },
  failedRequestHandler() {
    failed++;
  },
}, config);

const started = performance.now();
await crawler.run(seeds.filter((seed) => admit(new URL(seed))));
const crawlMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ pages, failed, crawlMs: Math.round(crawlMs), textChars })}\n`);
