// Every key the code or the pages use exists in both locales, and both locales have the same keys.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EXTENSION_DIR = fileURLToPath(new URL('..', import.meta.url));
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(`${EXTENSION_DIR}_locales/${lang}/messages.json`, 'utf8')) as Messages;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html|json)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const patterns = [/\bt\('([A-Za-z0-9_]+)'/g, /data-i18n(?:-title|-aria-label)?="([A-Za-z0-9_]+)"/g, /__MSG_([A-Za-z0-9_]+)__/g, /getMessage\('([A-Za-z0-9_]+)'/g];
  for (const file of [...sourceFiles(`${EXTENSION_DIR}src`), ...sourceFiles(`${EXTENSION_DIR}manifests`)]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) keys.add(match[1]);
  }
  return keys;
}

describe('locales', () => {
  const nl = load('nl');
  const en = load('en');

  it('have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl)) expect(Object.keys(en[key].placeholders ?? {})).toEqual(Object.keys(nl[key].placeholders ?? {}));
  });

  it('contain every key the extension uses', () => {
    const missing = [...usedKeys()].filter((key) => !(key in nl));
    expect(missing).toEqual([]);
  });

  it('keep the store description within 132 characters', () => {
    expect(nl.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(en.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});
