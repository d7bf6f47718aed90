// The files of a site bundle: collected from a worker's job folder, written into the crawl folder.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { BundleFile } from './site-bundle.ts';

/** The job folder's own bookkeeping, which stays behind: the store of the job and its lock. */
const NOT_EVIDENCE = /^crawl\.(sqlite|lock)/;

/** Every file below `dir` except the job's store, with '/' separated relative paths, in a stable order. */
export async function collectFiles(dir: string): Promise<BundleFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: BundleFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    if (NOT_EVIDENCE.test(path) || entry.name.startsWith('.')) continue;
    files.push({ path, bytes: await readFile(full) });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Writes the files below `dir`; each appears whole (temporary name, then rename). Refuses paths leaving `dir`. */
export async function writeFiles(dir: string, files: readonly BundleFile[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    const inside = relative(dir, target);
    if (isAbsolute(file.path) || inside.startsWith('..') || isAbsolute(inside) || normalize(inside) !== inside) {
      throw new Error(`site bundle file "${file.path}" lies outside the crawl folder`);
    }
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(4).toString('hex')}.part`;
    await writeFile(tmp, file.bytes);
    await rename(tmp, target);
  }
}
