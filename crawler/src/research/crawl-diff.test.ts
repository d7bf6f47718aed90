import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCrawlStore } from '../store/index.ts';
import { diffCrawls } from './crawl-diff.ts';
import { readCrawlSnapshot } from './crawl-snapshot.ts';
import { buildSyntheticCrawl } from './synthetic-crawl.fixture.ts';

async function snapshot(dir: string) {
  const store = openCrawlStore(dir);
  try {
    return await readCrawlSnapshot(store, dir);
  } finally {
    await store.close();
  }
}

describe('diffCrawls on a synthetic crawl and its planned second version', () => {
  it('finds exactly the planned additions, removals, edits and vanished pages', async () => {
    const root = mkdtempSync(join(tmpdir(), 'diff-'));
    await buildSyntheticCrawl(join(root, 'v1'), { count: 400, version: 1 });
    const planned = await buildSyntheticCrawl(join(root, 'v2'), { count: 400, version: 2 });
    expect(planned.removed.length * planned.added.length * planned.edited.length * planned.vanished.length).toBeGreaterThan(0);

    const diff = diffCrawls(await snapshot(join(root, 'v1')), await snapshot(join(root, 'v2')));
    const sitesWith = (pick: (s: (typeof diff.sites)[number]) => unknown[]) => diff.sites.filter((s) => pick(s).length > 0).map((s) => s.siteId).sort();
    expect(sitesWith((s) => s.removed)).toEqual([...planned.removed].sort());
    expect(sitesWith((s) => s.added)).toEqual([...planned.added].sort());
    expect(sitesWith((s) => s.still.filter((p) => p.kind === 'edited'))).toEqual([...planned.edited].sort());
    expect(diff.sites.flatMap((s) => s.vanishedPages).sort()).toEqual([...planned.vanished].sort());
    expect(diff.summary.findings.moved).toBe(0);

    // Schools on a site that lost its only contribution finding became clean; nothing else changed verdict.
    const changed = diff.schools.filter((s) => Object.values(s.change).some((c) => c === 'became-clean' || c === 'newly-flagged'));
    const changedSites = new Set(changed.map((s) => s.newSite));
    for (const site of changedSites) expect([...planned.removed, ...planned.added]).toContain(site);
  });

  it('compares nothing for a site that failed in one of the crawls', async () => {
    const root = mkdtempSync(join(tmpdir(), 'diff-'));
    await buildSyntheticCrawl(join(root, 'a'), { count: 60 });
    const store = openCrawlStore(join(root, 'a'));
    const first = (await store.listSites()).find((s) => s.state === 'finished')!;
    await store.close();
    await buildSyntheticCrawl(join(root, 'b'), { count: 60 });
    const other = openCrawlStore(join(root, 'b'));
    await other.finishSite(first.siteId, 'failed', 'dns');
    await other.close();
    const diff = diffCrawls(await snapshot(join(root, 'a')), await snapshot(join(root, 'b')));
    const site = diff.sites.find((s) => s.siteId === first.siteId)!;
    expect(site).toMatchObject({ comparable: false, added: [], removed: [], vanishedPages: [] });
    const school = diff.schools.find((s) => s.newSite === first.siteId)!;
    expect(Object.values(school.change)).toEqual(['not-comparable', 'not-comparable']);
  });
});
