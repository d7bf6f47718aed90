// `schoolscan worker --queue redis://HOST:PORT/DB`: takes site jobs of the crawl a coordinator runs
// (`schoolscan crawl --queue …`) until stopped. Run as many as you like, on as many machines.
import { mkdirSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseQueueUrl, type QueueAddress } from '../../queue/redis-url.ts';
import { startSiteWorker, type RunningWorker } from '../../queue/site-worker.ts';
import { claimWorkDir } from '../../queue/work-dir.ts';
import { EXIT } from '../exit-codes.ts';
import { formatHelp, parseCommandLine, UsageError, type OptionTable } from '../options.ts';

export const summary = 'Take site jobs from a Redis queue (crawl --queue) until stopped';
const USAGE = 'schoolscan worker --queue redis://HOST:PORT/DB [OPTIONS]';

const WORKER_OPTIONS = {
  queue: { kind: 'string', placeholder: 'URL', help: 'Redis address of the crawl queue, redis://[user:password@]host:port/db' },
  concurrency: { kind: 'integer', default: 4, min: 1, help: 'Sites crawled in parallel by this worker' },
  lockMs: { kind: 'integer', default: 60_000, min: 1_000, help: 'A killed worker\'s sites and politeness slots are taken over after this long' },
  workDir: { kind: 'string', placeholder: 'DIR', defaultText: '<tmp>/schoolscan-worker', help: 'Where sites in hand are crawled before they are handed in' },
  name: { kind: 'string', placeholder: 'TEXT', defaultText: 'host:pid', help: 'This worker in the progress view and job records' },
  quiet: { kind: 'flag', short: 'q', help: 'Print only warnings' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  let values;
  let address: QueueAddress;
  try {
    ({ values } = parseCommandLine(WORKER_OPTIONS, argv));
    if (values.help) {
      process.stdout.write(formatHelp(USAGE, summary, WORKER_OPTIONS));
      return EXIT.ok;
    }
    if (!values.queue) throw new UsageError('give the crawl queue: --queue redis://HOST:PORT/DB');
    address = parseQueueUrl(values.queue);
  } catch (error) {
    process.stderr.write(`schoolscan worker: ${(error as Error).message}\nRun \`schoolscan worker --help\` for usage.\n`);
    return EXIT.usage;
  }
  const quiet = values.quiet;
  const log = (line: string) => {
    if (!quiet || /^warning|unreachable|job failed/.test(line)) process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  };

  // Signals first: a stop asked for while the worker is still connecting takes effect once it is up.
  let stopRequested = false;
  let worker: RunningWorker | undefined;
  const onSignal = () => {
    if (stopRequested) process.exit(EXIT.interrupted);
    stopRequested = true;
    log('stopping: sites in hand go back to the queue after their current page (again to stop at once)');
    void worker?.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const root = resolve(values.workDir ?? join(tmpdir(), 'schoolscan-worker'));
  mkdirSync(root, { recursive: true });
  const name = values.name ?? `${hostname()}:${process.pid}`;
  worker = await startSiteWorker({ address, name, concurrency: values.concurrency, lockMs: values.lockMs, workDir: await claimWorkDir(root), log });
  if (stopRequested) void worker.stop();
  await worker.closed;
  await worker.stop();
  return worker.failure ? EXIT.failed : EXIT.ok;
}
