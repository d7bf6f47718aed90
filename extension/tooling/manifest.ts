// Builds each browser's manifest from the one shared source plus a small per-browser patch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TARGET_BROWSERS = ['chrome', 'firefox'] as const;
export type TargetBrowser = (typeof TARGET_BROWSERS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MANIFEST_DIR = fileURLToPath(new URL('../manifests/', import.meta.url));

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else in the patch replaces the base value. */
export function mergeManifest(base: JsonObject, patch: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key];
    merged[key] = isObject(current) && isObject(value) ? mergeManifest(current, value) : value;
  }
  return merged;
}

function readJson(path: string): JsonObject {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
}

/** The manifest for one browser, with the package version filled in. */
export function manifestFor(browser: TargetBrowser, version: string): JsonObject {
  const base = readJson(`${MANIFEST_DIR}manifest.base.json`);
  const patch = readJson(`${MANIFEST_DIR}${browser}.json`);
  return { ...mergeManifest(base, patch), version };
}
