import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCrawlStoreContract } from '../store-contract.ts';
import { SqliteCrawlStore } from './sqlite-store.ts';

const files = new WeakMap<object, string>();

describeCrawlStoreContract('sqlite', {
  async create() {
    const file = join(mkdtempSync(join(tmpdir(), 'store-')), 'crawl.sqlite');
    const store = new SqliteCrawlStore(file);
    files.set(store, file);
    return store;
  },
  async reopen(store) {
    await store.close();
    const file = files.get(store)!;
    const again = new SqliteCrawlStore(file);
    files.set(again, file);
    return again;
  },
});

describe('SqliteCrawlStore under kill -9', () => {
  it('leaves every page either fully committed or not at all', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'store-kill-')), 'crawl.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'commit-loop.fixture.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const store = new SqliteCrawlStore(file);
    const counts = await store.countUrls('a.test');
    expect(counts.done).toBeGreaterThan(5);
    let findings = 0;
    for await (const _ of store.findings()) findings++;
    expect(findings).toBe(2 * counts.done);
    // Each committed page discovered exactly one new URL, so the frontier is one longer than the done list.
    expect(counts.queued + counts.leased).toBe(1);
    await store.reclaimLeases({ all: true });
    expect((await store.leaseUrl('a.test', 'resumer', 1000))?.url).toBe(`u/${counts.done}`);
    await store.close();
  });
});
