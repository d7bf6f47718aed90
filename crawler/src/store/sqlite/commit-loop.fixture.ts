// Child process for the kill -9 test: commits pages (each with two findings and a discovered URL) as fast
// as it can until it is killed. Usage: commit-loop.fixture.ts <store file>
import { SqliteCrawlStore } from './sqlite-store.ts';
import { commit, finding } from '../store-fixtures.ts';

const store = new SqliteCrawlStore(process.argv[2]);
await store.addSites([{ siteId: 'a.test', seedUrls: [], locations: [] }]);
await store.seedSite('a.test', [{ url: 'u/0', depth: 0 }]);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const entry = await store.leaseUrl('a.test', 'child', 60_000);
  if (!entry) break;
  await store.commitPage(commit(entry.url, {
    findings: [finding(entry.url, `first ${i}`), finding(entry.url, `second ${i}`, { blockIndex: 1 })],
    discovered: [{ url: `u/${i + 1}`, depth: 1 }],
  }));
}
