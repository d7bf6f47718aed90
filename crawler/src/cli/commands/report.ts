import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openCrawlStore, STORE_FILE } from '../../store/index.ts';
import { OUTPUT_FILES, writeCrawlOutputs } from '../../report/write-outputs.ts';
import { EXIT } from '../exit-codes.ts';
import { formatHelp, parseCommandLine, UsageError, type OptionTable } from '../options.ts';

export const summary = 'Rebuild findings.jsonl, pages.jsonl, sites.csv and report.html of a crawl folder from its store';

const OPTIONS = {
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  let dir: string;
  try {
    const { values, positionals } = parseCommandLine(OPTIONS, argv);
    if (values.help) {
      process.stdout.write(formatHelp('schoolscan report <DIR>', summary, OPTIONS));
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one crawl folder');
    dir = resolve(positionals[0]);
    if (!existsSync(join(dir, STORE_FILE))) throw new UsageError(`${dir} is not a crawl folder (no ${STORE_FILE})`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`schoolscan report: ${error.message}\nRun \`schoolscan report --help\` for usage.\n`);
    return EXIT.usage;
  }
  const store = openCrawlStore(dir);
  try {
    const counts = await writeCrawlOutputs(store, dir);
    process.stdout.write(`${counts.sites} sites, ${counts.pages} URLs, ${counts.findings} findings\n${join(dir, OUTPUT_FILES.report)}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
