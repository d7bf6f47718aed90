// `schoolscan diff OLD NEW`: what changed between two crawls of the same schools.
import { join, resolve } from 'node:path';
import { LEVELS, type Level } from '../../../../shared/src/index.ts';
import { diffCrawls } from '../../research/crawl-diff.ts';
import { readCrawlSnapshot } from '../../research/crawl-snapshot.ts';
import { diffText, writeDiffOutputs } from '../../research/diff-outputs.ts';
import { parseFolderCommand } from '../../research/folder-args.ts';
import { RESEARCH_DIR } from '../../research/tidy-outputs.ts';
import { openCrawlStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import type { OptionTable } from '../options.ts';

export const summary = 'Findings added, removed and still present per school between two crawl folders, and pages that vanished';

const OPTIONS = {
  level: { kind: 'choice', choices: LEVELS, default: 'likely', help: 'Lowest finding level compared (review includes likely)' },
  out: { kind: 'string', placeholder: 'DIR', defaultText: 'NEW/research/diff', help: 'Folder for diff.json, schools.csv, findings.csv and pages.csv' },
  json: { kind: 'flag', help: 'Print diff.json to stdout instead of the summary' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFolderCommand('diff', OPTIONS, argv, 2, { usage: 'schoolscan diff [OPTIONS] <OLD> <NEW>', summary });
  if ('exit' in parsed) return parsed.exit;
  const [oldDir, newDir] = parsed.dirs;
  const [before, after] = await Promise.all([oldDir, newDir].map(async (dir) => {
    const store = openCrawlStore(dir);
    try {
      return await readCrawlSnapshot(store, dir);
    } finally {
      await store.close();
    }
  }));
  const diff = diffCrawls(before, after, { minLevel: parsed.values.level as Level });
  const out = resolve(parsed.values.out ?? join(newDir, RESEARCH_DIR, 'diff'));
  writeDiffOutputs(out, diff);
  process.stdout.write(parsed.values.json ? `${JSON.stringify(diff, null, 1)}\n` : diffText(diff));
  process.stderr.write(`Diff written to ${out}\n`);
  return EXIT.ok;
}
