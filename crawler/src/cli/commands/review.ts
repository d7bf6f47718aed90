// `schoolscan review DIR`: the review page on http://127.0.0.1:PORT/ (local only), until Ctrl-C.
// With --export FILE or --import FILE it moves the labels to or from CSV instead and exits.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFolderCommand, usageFailure } from '../../research/folder-args.ts';
import { startReviewServer } from '../../research/review-server.ts';
import { importLabelsCsv, labelsToCsv, readLabels, readReviewSample } from '../../research/review-store.ts';
import { openCrawlStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import type { OptionTable } from '../options.ts';

export const summary = 'Serve the review page on 127.0.0.1 (keys j/k, y/n/u); or export/import the labels as CSV';

const OPTIONS = {
  port: { kind: 'integer', default: 0, min: 0, help: 'Port on 127.0.0.1 (0: any free port)' },
  export: { kind: 'string', placeholder: 'FILE', help: 'Write the labels to a CSV file and exit' },
  import: { kind: 'string', placeholder: 'FILE', help: 'Read labels from a CSV file (as exported) and exit' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFolderCommand('review', OPTIONS, argv, 1, { usage: 'schoolscan review [--port N] [--export FILE | --import FILE] <DIR>', summary });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const [dir] = parsed.dirs;
  const sample = readReviewSample(dir);
  if (!sample) return usageFailure('review', `${dir} has no review sample: run schoolscan sample-review ${dir} --n 100 --seed S first`);
  if (values.export) {
    writeFileSync(values.export, labelsToCsv(sample, readLabels(dir)));
    process.stdout.write(`${readLabels(dir).size} of ${sample.items.length} items labelled; written to ${values.export}\n`);
    return EXIT.ok;
  }
  if (values.import) return importFrom(dir, values.import);
  return serve(dir, values.port);
}

function importFrom(dir: string, file: string): number {
  let result;
  try {
    result = importLabelsCsv(dir, readFileSync(file));
  } catch (error) {
    return usageFailure('review', `cannot import ${file}: ${(error as Error).message}`);
  }
  process.stdout.write(`${result.imported} label(s) imported, ${result.blank} blank row(s)\n`);
  for (const r of result.rejected.slice(0, 10)) process.stderr.write(`  row ${r.row} (${r.item}): ${r.why}\n`);
  return result.rejected.length ? EXIT.usage : EXIT.ok;
}

async function serve(dir: string, port: number): Promise<number> {
  const store = openCrawlStore(dir);
  let server;
  try {
    server = await startReviewServer(dir, store, { port });
  } catch (error) {
    await store.close();
    return usageFailure('review', (error as Error).message);
  }
  process.stdout.write(`Review page: ${server.url}  (only reachable from this computer; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
  return EXIT.ok;
}
