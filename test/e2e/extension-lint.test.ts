// `web-ext lint` (Mozilla's add-on linter) on the Firefox build must report no errors.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildExtension } from '../../extension/tooling/build-extension.ts';

const WEB_EXT = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('Firefox build', () => {
  it('passes web-ext lint without errors or warnings', async () => {
    const { dirs } = await buildExtension({ outRoot: mkdtempSync(join(tmpdir(), 'schoolscan-lint-')) });
    const { stdout } = await promisify(execFile)(
      WEB_EXT,
      ['lint', '--source-dir', dirs.firefox, '--output', 'json', '--no-config-discovery'],
      { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 32 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // exits non-zero on errors
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    const describeAll = (messages: LintMessage[]) => messages.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(describeAll(report.errors)).toEqual([]);
    expect(describeAll(report.warnings)).toEqual([]);
  });
});
