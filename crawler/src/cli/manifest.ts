import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TOOL_VERSION } from '../../../shared/src/version.ts';
import type { RunManifest } from '../store/records.ts';

/** The git commit schoolscan runs from, when it runs from a checkout. */
function currentCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

const MODEL_FILE = resolve(import.meta.dirname, '../../../classifier/model/model.json');

/** sha256 of the classifier model the crawl judged pages with (queue workers compare theirs with the crawl's). */
export function modelSha256(): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(MODEL_FILE)).digest('hex');
  } catch {
    return undefined;
  }
}

export function buildManifest(options: Record<string, unknown>, seedFiles: string[]): RunManifest {
  return {
    toolVersion: TOOL_VERSION,
    commit: currentCommit(),
    modelSha256: modelSha256(),
    createdAt: new Date().toISOString(),
    options,
    seedFiles: seedFiles.map((file) => ({ path: resolve(file), sha256: createHash('sha256').update(readFileSync(file)).digest('hex') })),
  };
}
