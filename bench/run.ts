// `npm run bench`: runs every benchmark (or those named on the command line), prints a table per
// benchmark and writes bench/results/<name>.json. Speed lives here, never in timed tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import type { BenchResult } from './bench-types.ts';

const BENCHES: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  classifier: async () => (await import('./classifier-bench.ts')).benchClassifier(),
  research: async () => (await import('./research-bench.ts')).benchResearch(),
  extension: async () => (await import('./extension-bench.ts')).benchExtension(),
  wacz: async () => (await import('./wacz-bench.ts')).benchWacz(),
  'scale-out': async () => (await import('./scale-out-bench.ts')).benchScaleOut(),
  crawl: async () => (await import('./crawl-bench.ts')).benchCrawl(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results: BenchResult[] = [];
const outDir = join(import.meta.dirname, 'results');
mkdirSync(outDir, { recursive: true });
console.log(`schoolscan benchmarks — node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'})\n`);
for (const [name, run] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  try {
    for (const result of [await run()].flat()) {
      results.push(result);
      printTable(result);
      writeFileSync(join(outDir, `${result.name}.json`), `${JSON.stringify({ ...result, node: process.version, at: new Date().toISOString() }, null, 2)}\n`);
    }
  } catch (error) {
    console.error(`bench ${name} failed: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  }
}

function printTable(result: BenchResult): void {
  const width = Math.max(...result.rows.map((r) => r.measure.length), 10);
  console.log(`## ${result.name}`);
  for (const row of result.rows) console.log(`  ${row.measure.padEnd(width)}  ${row.value}`);
  for (const note of result.notes ?? []) console.log(`  note: ${note}`);
  console.log('');
}
