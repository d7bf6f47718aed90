// Argument handling shared by the commands that work on crawl folders (stats, diff, sample-review, review,
// wacz): options from a typed table plus one or more crawl folders, each checked to hold a store.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STORE_FILE } from '../store/index.ts';
import { EXIT } from '../cli/exit-codes.ts';
import { formatHelp, parseCommandLine, UsageError, type OptionTable, type OptionValues } from '../cli/options.ts';

export type FolderCommand<T extends OptionTable> = { values: OptionValues<T>; dirs: string[] } | { exit: number };

/** The help a command prints for --help: its usage line and one-line summary. */
export interface CommandHelp {
  usage: string;
  summary: string;
}

/** Options and crawl folders of a command line; --help prints the help and ends the command with `exit` 0. */
export function parseFolderCommand<T extends OptionTable>(name: string, table: T, argv: string[], folders: number, help: CommandHelp): FolderCommand<T> {
  try {
    const { values, positionals } = parseCommandLine(table, argv);
    if ((values as { help?: boolean }).help) {
      process.stdout.write(formatHelp(help.usage, help.summary, table));
      return { exit: EXIT.ok };
    }
    if (positionals.length !== folders) throw new UsageError(folders === 1 ? 'give exactly one crawl folder' : `give exactly ${folders} crawl folders`);
    const dirs = positionals.map((p) => resolve(p));
    for (const dir of dirs) if (!existsSync(join(dir, STORE_FILE))) throw new UsageError(`${dir} is not a crawl folder (no ${STORE_FILE})`);
    return { values, dirs };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { exit: usageFailure(name, error.message) };
  }
}

/** The absolute path of a crawl folder, or undefined when DIR holds no store. */
export function checkedCrawlFolder(dir: string): string | undefined {
  const absolute = resolve(dir);
  return existsSync(join(absolute, STORE_FILE)) ? absolute : undefined;
}

export function usageFailure(name: string, message: string): number {
  process.stderr.write(`schoolscan ${name}: ${message}\nRun \`schoolscan ${name} --help\` for usage.\n`);
  return EXIT.usage;
}
