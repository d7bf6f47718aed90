/**
 * Serve the test web until Ctrl-C:
 *   tsx test/sites/serve.ts [--port N] [--version 1|2] [--seeds DIR] [--log]
 * Prints every site's seed URL and every hostile host. *.test names do not resolve: point a crawler
 * at 127.0.0.1 for them (schoolscan: --host-map '*.test=127.0.0.1'), or use curl --resolve.
 */
import { parseArgs } from 'node:util';
import { startTestWeb, writeSeedFiles } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    version: { type: 'string', default: '1' },
    seeds: { type: 'string' },
    log: { type: 'boolean', default: false },
  },
});

const version = Number(values.version);
if (version !== 1 && version !== 2) throw new Error('--version must be 1 or 2');
const web = await startTestWeb({ port: Number(values.port), version, log: values.log });

const out = process.stdout;
out.write(`Test web v${web.version} on 127.0.0.1:${web.port}\n\nSchool sites (${web.sites.length}):\n`);
for (const site of web.sites) {
  out.write(`  ${site.seedUrl.padEnd(60)} ${site.sector}  ${site.violations.length} violation(s), ${site.cleanLookAlikes.length} look-alike(s)\n`);
}
out.write(`\nHostile hosts (${web.hostile.length}):\n`);
for (const host of web.hostile) out.write(`  ${host.seedUrl.padEnd(60)} ${host.kind}\n`);
if (web.changes.length) {
  out.write('\nChanges from version 1:\n');
  for (const change of web.changes) out.write(`  ${change.kind.padEnd(13)} ${change.siteId} ${change.path}\n`);
}
if (values.seeds) {
  const files = await writeSeedFiles(web, values.seeds);
  out.write(`\nSeed files: ${Object.values(files).join(', ')}\n`);
}
out.write(`\nTry: curl --resolve ${web.sites[0].host}:${web.port}:127.0.0.1 ${web.sites[0].seedUrl}\nCtrl-C to stop.\n`);

const stop = (): void => {
  void web.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
