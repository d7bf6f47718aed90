// `npm run demo`: serve the fictional school sites of the test web on localhost and crawl them with the
// real CLI, as a user would. No network: every *.test host resolves to 127.0.0.1.
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { main } from '../crawler/src/cli/main.ts';
import { startTestWeb, writeSeedFiles } from './sites/server.ts';

const out = resolve('schoolscan-out/demo');
const web = await startTestWeb({ version: 1 });
let code = 1;
try {
  await rm(out, { recursive: true, force: true });
  const seeds = await writeSeedFiles(web, join(out, 'seeds'));
  process.stderr.write(`Test web: ${web.sites.length} school sites and ${web.hostile.length} hostile hosts on 127.0.0.1:${web.port}\n`);
  code = await main([
    'crawl',
    '--seeds', seeds.registryPo, '--seeds', seeds.registryVo, '--seeds', seeds.hostileUrls,
    '--host-map', '*.test=127.0.0.1',
    '--delay-ms', '25',
    '--concurrency', '8',
    '--timeout-ms', '5000',
    '--out', out,
  ]);
  process.stdout.write(`\nReport: ${join(relative(process.cwd(), out) || '.', 'report.html')} (open it in a browser)\n`);
} finally {
  await web.close();
}
process.exit(code);
