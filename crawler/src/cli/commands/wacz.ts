// `schoolscan wacz DIR`: (re)builds wacz/<site>.wacz for every site of a crawl folder from its store and WARC
// files (what `crawl` does at its end), optionally signed.
import type { KeyObject } from 'node:crypto';
import { relative } from 'node:path';
import { buildCrawlWaczs } from '../../archive/build-wacz.ts';
import { loadSigningKey } from '../../archive/wacz-signature.ts';
import { parseFolderCommand, usageFailure } from '../../research/folder-args.ts';
import { openCrawlStore } from '../../store/index.ts';
import { EXIT } from '../exit-codes.ts';
import { lockCrawlFolder } from '../folder-lock.ts';
import type { OptionTable } from '../options.ts';

export const summary = 'Package the web archive of a crawl folder as one WACZ per site (wacz/<site>.wacz), for ReplayWeb.page';

const OPTIONS = {
  signKey: { kind: 'string', placeholder: 'FILE.pem', help: 'Sign each datapackage digest with this Ed25519 private key' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseFolderCommand('wacz', OPTIONS, argv, 1, { usage: 'schoolscan wacz [OPTIONS] <DIR>', summary });
  if ('exit' in parsed) return parsed.exit;
  const [dir] = parsed.dirs;
  let signKey: KeyObject | undefined;
  let release: () => void;
  try {
    signKey = parsed.values.signKey ? loadSigningKey(parsed.values.signKey) : undefined;
    release = lockCrawlFolder(dir);
  } catch (error) {
    return usageFailure('wacz', (error as Error).message);
  }
  const store = openCrawlStore(dir);
  try {
    const built = await buildCrawlWaczs({ dir, store, signKey, warn: (m) => process.stderr.write(`warning: ${m}\n`) });
    for (const w of built) process.stdout.write(`${relative(process.cwd(), w.file) || w.file}  ${w.pages} pages, ${w.records} index lines, ${w.findings} findings, ${w.bytes} bytes\n`);
    if (built.length === 0) process.stderr.write('no site of this crawl has an archive (crawled with --no-wacz?)\n');
    return built.length ? EXIT.ok : EXIT.failed;
  } finally {
    await store.close();
    release();
  }
}
