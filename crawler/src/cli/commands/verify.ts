// `schoolscan verify DIR|FILE.wacz`: proves a crawl's web archive is intact and that each finding's passage
// stands in the archived page. Exit 0 when everything matches, 1 on any mismatch, 2 on usage errors.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { verifyCrawlFolder } from '../../archive/verify-folder.ts';
import { formatReports, reportsPassed } from '../../archive/verify-output.ts';
import { verifyWacz, type VerifyReport } from '../../archive/verify-wacz.ts';
import { loadPublicKey } from '../../archive/wacz-signature.ts';
import { EXIT } from '../exit-codes.ts';
import { formatHelp, parseCommandLine, UsageError, type OptionTable } from '../options.ts';

export const summary = 'Check a crawl folder or WACZ: every digest, the signature, and each finding\'s passage in the archived page';

const OPTIONS = {
  publicKey: { kind: 'string', placeholder: 'FILE.pem', help: 'The Ed25519 public key the WACZ must be signed with (default: check against the embedded key)' },
  json: { kind: 'flag', help: 'Print the reports as JSON' },
  help: { kind: 'flag', short: 'h', help: 'Show this help' },
} as const satisfies OptionTable;

export async function run(argv: string[]): Promise<number> {
  let target: string;
  let publicKey: KeyObject | undefined;
  let json: boolean;
  try {
    const { values, positionals } = parseCommandLine(OPTIONS, argv);
    if (values.help) {
      process.stdout.write(formatHelp('schoolscan verify [OPTIONS] <DIR|FILE.wacz>', summary, OPTIONS));
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError('give one crawl folder or one .wacz file');
    target = resolve(positionals[0]);
    if (!existsSync(target)) throw new UsageError(`${target} does not exist`);
    publicKey = values.publicKey ? readKey(values.publicKey) : undefined;
    json = values.json;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`schoolscan verify: ${error.message}\nRun \`schoolscan verify --help\` for usage.\n`);
    return EXIT.usage;
  }
  let reports: VerifyReport[];
  try {
    reports = statSync(target).isDirectory()
      ? await verifyCrawlFolder(target, { publicKey })
      : [stripOpened(await verifyWacz(target, { publicKey }))];
  } catch (error) {
    process.stderr.write(`schoolscan verify: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  process.stdout.write(json ? `${JSON.stringify(reports, null, 2)}\n` : formatReports(reports));
  return reportsPassed(reports) ? EXIT.ok : EXIT.failed;
}

function readKey(file: string): KeyObject {
  try {
    return loadPublicKey(file);
  } catch (error) {
    throw new UsageError(`--public-key: ${(error as Error).message}`);
  }
}

function stripOpened(report: VerifyReport & { opened?: unknown }): VerifyReport {
  const { opened: _opened, ...rest } = report;
  return rest;
}
