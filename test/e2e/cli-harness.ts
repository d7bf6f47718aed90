// Runs the real `schoolscan` CLI in a child process against the local test web, and reads its crawl folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'bin/schoolscan.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnSchoolscan(args: string[]): ChildProcess & { result: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const result = new Promise<CliResult>((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })));
  return Object.assign(child, { result });
}

export function runSchoolscan(args: string[]): Promise<CliResult> {
  return spawnSchoolscan(args).result;
}

export function readJsonl<T = Record<string, unknown>>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
}

/** Text compared the way the test web's truth asks: entities decoded already, NBSP as space, whitespace collapsed. */
export function comparable(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function hostOf(url: string): string {
  return new URL(url).hostname;
}

/** Path with query string, as the test web's truth and request log write it. */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

export interface FindingLine {
  category: string;
  level: string;
  text: string;
  url: string;
  siteId: string;
  pdfPage?: number;
  blockIndex?: number;
  evidence: { screenshot?: string; sha256?: string; capturedAt?: string; toolVersion?: string; userAgent?: string; screenshotNote?: string };
}

export interface PageLine {
  url: string;
  siteId: string;
  state: string;
  status: number | null;
  error: string | null;
  rendered: boolean;
  stage: string;
}
