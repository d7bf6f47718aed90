// Node-only: read classifier/rules/*.json, validate them, and write the bundle the engine imports.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../../shared/src/index.ts';
import { compileRules } from '../src/engine/compile-rules.ts';
import type { RuleSource, RulesBundle } from '../src/engine/rule-types.ts';

export const CLASSIFIER_DIR = new URL('..', import.meta.url).pathname;
export const RULES_DIR = join(CLASSIFIER_DIR, 'rules');
export const BUNDLE_FILE = join(CLASSIFIER_DIR, 'model', 'rules.bundle.json');

const SCOPES = ['clause', 'sentence', 'passage', 'context'];

/** Read and validate every rule: schema, unique ids, file name = id, reasons in every locale, compilable. */
export function readRulesBundle(): RulesBundle {
  const { $comment: _, ...lexicons } = JSON.parse(readFileSync(join(RULES_DIR, 'lexicons.json'), 'utf8')) as Record<string, string>;
  const locales = ['nl', 'en'].map((lang) => ({ lang, data: JSON.parse(readFileSync(join(CLASSIFIER_DIR, 'locales', `${lang}.json`), 'utf8')) }));
  const problems: string[] = [];
  const rules: RuleSource[] = [];
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.json') && f !== 'lexicons.json').sort()) {
    const rule = JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8')) as RuleSource;
    const where = `rules/${file}`;
    if (`${rule.id}.json` !== file) problems.push(`${where}: id "${rule.id}" does not match the file name`);
    if (!CATEGORIES.includes(rule.category)) problems.push(`${where}: unknown category "${rule.category}"`);
    if (typeof rule.weight !== 'number' || rule.weight <= 0) problems.push(`${where}: weight must be a positive number`);
    if (!Array.isArray(rule.trigger) || rule.trigger.length === 0) problems.push(`${where}: needs at least one trigger pattern`);
    if (typeof rule.negatable !== 'boolean') problems.push(`${where}: negatable must be true or false`);
    for (const key of ['requireScope', 'unlessScope'] as const) {
      if (rule[key] !== undefined && !SCOPES.includes(rule[key]!)) problems.push(`${where}: ${key} "${rule[key]}" is not one of ${SCOPES.join(', ')}`);
    }
    if (!rule.examples?.fire?.length || !rule.examples?.quiet?.length) problems.push(`${where}: needs examples that fire and examples that stay quiet`);
    for (const { lang, data } of locales) if (!data.rules?.[rule.id]) problems.push(`${where}: no reason text in locales/${lang}.json`);
    rules.push(rule);
  }
  const ids = rules.map((r) => r.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`duplicate rule id ${id}`);
  try {
    compileRules({ lexicons, rules });
  } catch (error) {
    problems.push(`rules do not compile: ${(error as Error).message}`);
  }
  if (problems.length) throw new Error(`invalid rules:\n  ${problems.join('\n  ')}`);
  return { lexicons, rules };
}

export function writeRulesBundle(bundle: RulesBundle): void {
  writeFileSync(BUNDLE_FILE, `${JSON.stringify(bundle, null, 1)}\n`);
}
