import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'crawl.lock';

/**
 * One process per crawl folder: a resume reclaims every leased URL, which is only right when no other
 * process is still working on them. A lock left by a killed process (pid gone) is taken over.
 * Returns the release function, or throws with the pid that holds the folder.
 */
export function lockCrawlFolder(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) throw new Error(`${dir} is in use by process ${holder}`);
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

/** Whether a process with this id exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
