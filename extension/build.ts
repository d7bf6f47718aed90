// `npm run build:extension [OUT_DIR]`: writes dist/extension/chrome and dist/extension/firefox.
import { buildExtension } from './tooling/build-extension.ts';

const started = performance.now();
const result = await buildExtension({ outRoot: process.argv[2] });
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`schoolscan extension built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [browser, dir] of Object.entries(result.dirs)) console.log(`  ${browser}: ${dir}`);
for (const [file, bytes] of Object.entries(result.sizes)) console.log(`  ${file}: ${kib(bytes)}`);
