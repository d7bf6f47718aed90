// `schoolscan classify` end to end: the real CLI on an HTML and a PDF school guide with planted passages.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/src/index.ts';
import { writeSchoolgidsPdf } from '../fixtures/classify/make-schoolgids-pdf.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'classify');
const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8')) as {
  violations: { category: string; phrase: string; spanIncludes: string[]; pdfPage: number }[];
  clean: string[];
};

async function cli(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = promisify(execFile);
  try {
    const child = run(process.execPath, [join(ROOT, 'bin', 'schoolscan.js'), ...args], { cwd: ROOT, maxBuffer: 20e6 });
    if (input !== undefined) {
      child.child.stdin!.end(input);
    }
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'schoolscan-classify-'));
const pdfFile = join(tmp, 'schoolgids.pdf');
beforeAll(() => writeSchoolgidsPdf(pdfFile));

function checkPlanted(findings: Finding[], withPages: boolean): void {
  const likely = findings.filter((f) => f.level === 'likely');
  for (const planted of truth.violations) {
    const hit = likely.find((f) => f.category === planted.category && f.text.replace(/\s+/g, ' ').includes(planted.phrase));
    expect(hit, `planted ${planted.category}: ${planted.phrase}`).toBeDefined();
    const trigger = hit!.text.slice(hit!.span.start, hit!.span.end);
    expect(planted.spanIncludes.some((word) => trigger.includes(word)), `span "${trigger}"`).toBe(true);
    if (withPages) expect(hit!.pdfPage).toBe(planted.pdfPage);
  }
  for (const clean of truth.clean) {
    expect(likely.filter((f) => f.text.replace(/\s+/g, ' ').includes(clean)), `clean look-alike flagged: ${clean}`).toEqual([]);
  }
}

describe('schoolscan classify', () => {
  it('finds the planted violations in an HTML school guide, with spans, and leaves the voluntary statements alone', async () => {
    const { code, stdout } = await cli(['classify', '--format', 'json', join(FIXTURES, 'schoolgids.html')]);
    expect(code).toBe(0);
    const { findings } = JSON.parse(stdout) as { findings: Finding[] };
    checkPlanted(findings, false);
    // Navigation, footer and scripts are not classified.
    expect(findings.some((f) => /cookies|Lees de schoolgids|dataLayer/.test(f.text))).toBe(false);
  });

  it('finds the same passages in the PDF version with their page numbers', async () => {
    const { code, stdout } = await cli(['classify', pdfFile]);
    expect(code).toBe(0);
    checkPlanted((JSON.parse(stdout) as { findings: Finding[] }).findings, true);
  });

  it('reads standard input and prints text when asked', async () => {
    const { code, stdout } = await cli(['classify', '--format', 'text', '-'], 'De ouderbijdrage is verplicht en wordt automatisch geïncasseerd.\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/WAARSCHIJNLIJK mandatory-contribution/);
    expect(stdout).toMatch(/»[^«]+«/);
  });

  it('prints an empty list when nothing is found', async () => {
    const { code, stdout } = await cli(['classify', '-'], 'Welkom op onze school. De zomervakantie begint op 19 juli.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ findings: [] });
  });

  it.each([
    ['a missing file', () => join(tmp, 'bestaat-niet.pdf'), /no such file/],
    ['an empty file', () => { const f = join(tmp, 'leeg.txt'); writeFileSync(f, ''); return f; }, /empty/],
    ['a corrupt PDF', () => { const f = join(tmp, 'kapot.pdf'); writeFileSync(f, readFileSync(pdfFile).subarray(0, 400)); return f; }, /could not be read/],
    ['a folder', () => tmp, /not a file/],
  ])('exits 2 with a clear message on %s', async (_, file, message) => {
    const { code, stderr } = await cli(['classify', file()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 on an unknown option', async () => {
    const { code, stderr } = await cli(['classify', '--colour', 'x.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/colour/);
  });
});
