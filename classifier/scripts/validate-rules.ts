// `npm run validate:rules`: schema, unique ids, reasons in every locale, patterns that compile; and the
// bundle the engine imports must match the rule files.
import { readFileSync } from 'node:fs';
import { BUNDLE_FILE, readRulesBundle } from './rules-source.ts';

const bundle = readRulesBundle();
const committed = readFileSync(BUNDLE_FILE, 'utf8');
if (JSON.stringify(JSON.parse(committed)) !== JSON.stringify(bundle)) {
  console.error('classifier/model/rules.bundle.json is out of date: run `npm run train`.');
  process.exit(1);
}
console.log(`${bundle.rules.length} rules valid; bundle up to date.`);
