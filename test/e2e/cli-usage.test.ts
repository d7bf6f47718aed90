// The command line's contract: help, strict options, exit codes (docs/exit-codes.md).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSchoolscan } from './cli-harness.ts';

describe('schoolscan crawl on the command line', () => {
  it('prints its options with --help and exits 0', async () => {
    const { code, stdout } = await runSchoolscan(['crawl', '--help']);
    expect(code).toBe(0);
    for (const flag of ['--max-pages', '--max-depth', '--concurrency', '--delay-ms', '--render', '--out', '--resume', '--no-robots', '--host-map', '--user-agent', '--max-bytes', '--timeout-ms', '--no-screenshots', '--quiet']) {
      expect(stdout).toContain(flag);
    }
  });

  it.each([
    [['crawl', '--bogus', 'http://a.test/'], /Unknown option '--bogus'/],
    [['crawl', '--max-pages', 'lots', 'http://a.test/'], /--max-pages expects a whole number/],
    [['crawl'], /give at least one URL/],
    [['crawl', '--host-map', 'nonsense', 'http://a.test/'], /invalid --host-map/],
    [['crawl', '--seeds', '/nonexistent/seeds.csv'], /cannot read seeds file/],
    [['crawl', '--resume', '/nonexistent/crawl'], /not a crawl folder/],
    [['report', '/nonexistent/crawl'], /not a crawl folder/],
  ])('exits 2 with a message for %j', async (args, message) => {
    const { code, stderr } = await runSchoolscan(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses to overwrite a crawl folder and points to --resume', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-'));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'crawl.sqlite'), '');
    const { code, stderr } = await runSchoolscan(['crawl', '--out', out, 'http://a.test/']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--resume/);
  });

  it('warns loudly when robots.txt is ignored, and exits 1 when no site could be crawled', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cli-')), 'crawl');
    // Port 9 on localhost: nothing listens, so the one site fails to connect.
    const { code, stderr } = await runSchoolscan(['crawl', '--no-robots', '--host-map', '*.test=127.0.0.1:9', '--delay-ms', '0', '--no-screenshots', '--out', out, 'http://www.dicht.test/']);
    expect(stderr).toMatch(/WARNING: --no-robots/);
    expect(code).toBe(1);
  });
});

describe('the commands that work on crawl folders', () => {
  it.each([
    ['stats', 'schoolscan stats [--geo FILE] [--compare OLD] <DIR>', '--compare'],
    ['diff', 'schoolscan diff [OPTIONS] <OLD> <NEW>', '--help'],
    ['wacz', 'schoolscan wacz [OPTIONS] <DIR>', '--sign-key'],
    ['review', 'schoolscan review [--port N] [--export FILE | --import FILE] <DIR>', '--export'],
    ['sample-review', 'schoolscan sample-review --n N --seed S <DIR>', '--seed'],
  ])('%s prints its usage and options with --help and exits 0, without a crawl folder', async (command, usage, option) => {
    const { code, stdout, stderr } = await runSchoolscan([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: ${usage}`);
    expect(stdout).toContain(option);
    expect(stderr).toBe('');
  });
});
