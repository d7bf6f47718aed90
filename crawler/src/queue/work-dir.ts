// Each worker process crawls its sites in a folder of its own below the work root; folders that workers
// killed with kill -9 left behind are removed by the next worker to start on the machine.
import { readdir, rm, mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../cli/folder-lock.ts';

export async function claimWorkDir(root: string): Promise<string> {
  const host = hostname();
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const match = /^(.+)-(\d+)$/.exec(name);
    if (match && match[1] === host && !isAlive(Number(match[2]))) await rm(join(root, name), { recursive: true, force: true });
  }
  const dir = join(root, `${host}-${process.pid}`);
  await mkdir(dir, { recursive: true });
  return dir;
}
