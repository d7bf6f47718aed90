// The coordinator's side of the results. A completed job's bundle is first written to the crawl folder
// (queue-inbox/), then removed from Redis, then replayed into the store and its files written, then the
// inbox file deleted. A coordinator killed anywhere in between finds the bundle again on restart and
// replays it again, which the idempotent store makes harmless: a site is never half-collected.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrawlStore } from '../store/crawl-store.ts';
import { writeFiles } from './bundle-files.ts';
import { decodeBundle } from './site-bundle.ts';
import { journalCounts, replayJournal } from './site-journal.ts';

const INBOX = 'queue-inbox';
const FINAL_STATES = new Set(['finished', 'partial', 'failed']);

export interface CollectedSite {
  siteId: string;
  state: string;
  reason?: string;
  pages: number;
  findings: number;
  errors: number;
  /** False when the site was already collected (a second completion of the same site): nothing changed. */
  applied: boolean;
}

/** Writes a bundle into the inbox, durably, under the job's id. */
export async function parkBundle(dir: string, jobId: string, blob: Buffer): Promise<void> {
  const inbox = join(dir, INBOX);
  await mkdir(inbox, { recursive: true });
  const target = join(inbox, `${jobId}.bundle`);
  const tmp = `${target}.${randomBytes(4).toString('hex')}.part`;
  const file = await open(tmp, 'w');
  try {
    await file.writeFile(blob);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(tmp, target);
}

/** Replays every parked bundle into the store, oldest name first, and empties the inbox. */
export async function applyParkedBundles(dir: string, store: CrawlStore): Promise<CollectedSite[]> {
  const inbox = join(dir, INBOX);
  const names = (await readdir(inbox).catch(() => [] as string[])).filter((n) => n.endsWith('.bundle')).sort();
  const collected: CollectedSite[] = [];
  for (const name of names) {
    const file = join(inbox, name);
    collected.push(await applyBundle(dir, store, await readFile(file)));
    await rm(file, { force: true });
  }
  return collected;
}

/** Site ids with a bundle waiting in the inbox (their jobs are gone from Redis already). */
export async function parkedJobIds(dir: string): Promise<Set<string>> {
  const names = await readdir(join(dir, INBOX)).catch(() => [] as string[]);
  return new Set(names.filter((n) => n.endsWith('.bundle')).map((n) => n.slice(0, -'.bundle'.length)));
}

async function applyBundle(dir: string, store: CrawlStore, blob: Buffer): Promise<CollectedSite> {
  const bundle = decodeBundle(blob);
  const counts = journalCounts(bundle.journal);
  const finish = bundle.journal.findLast((e) => e.op === 'finishSite');
  const summary = { siteId: bundle.siteId, state: finish?.outcome ?? 'failed', reason: finish?.reason, ...counts };
  const site = await store.getSite(bundle.siteId);
  if (!site || FINAL_STATES.has(site.state)) return { ...summary, applied: false };
  // Files first: a finding must never point at a screenshot that is not there yet.
  await writeFiles(dir, bundle.files);
  await replayJournal(store, bundle.journal, bundle.startedAt);
  return { ...summary, applied: true };
}
