// Builds the unpacked Chrome and Firefox extensions: Vite bundles once into a stage folder, then
// each browser gets a copy with its own manifest, the locales and the icons.
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, iconPng } from './png-icon.ts';
import { manifestFor, TARGET_BROWSERS, type TargetBrowser } from './manifest.ts';
import { buildBackground, buildContentScripts, buildUiPages } from './vite-bundles.ts';

const EXTENSION_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildOptions {
  /** Folder that receives `chrome/` and `firefox/`; default dist/extension. */
  outRoot?: string;
}

export interface BuildResult {
  dirs: Record<TargetBrowser, string>;
  /** Bytes per built script, for the record. */
  sizes: Record<string, number>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(`${REPO_DIR}package.json`, 'utf8')) as { version: string };
  return pkg.version;
}

function writeIcons(dir: string): void {
  mkdirSync(`${dir}/icons`, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(`${dir}/icons/icon-${size}.png`, iconPng(size));
}

export async function buildExtension(options: BuildOptions = {}): Promise<BuildResult> {
  const outRoot = options.outRoot ?? `${REPO_DIR}dist/extension`;
  const stage = `${outRoot}/.stage`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  await buildBackground(stage);
  await buildContentScripts(stage);
  await buildUiPages(stage);
  cpSync(`${EXTENSION_DIR}_locales`, `${stage}/_locales`, { recursive: true });
  writeIcons(stage);

  const version = packageVersion();
  const dirs = {} as Record<TargetBrowser, string>;
  for (const browser of TARGET_BROWSERS) {
    const dir = `${outRoot}/${browser}`;
    rmSync(dir, { recursive: true, force: true });
    cpSync(stage, dir, { recursive: true });
    writeFileSync(`${dir}/manifest.json`, `${JSON.stringify(manifestFor(browser, version), null, 2)}\n`);
    dirs[browser] = dir;
  }
  rmSync(stage, { recursive: true, force: true });

  const sizes: Record<string, number> = {};
  for (const file of ['background.js', 'content.js']) sizes[file] = statSync(`${dirs.chrome}/${file}`).size;
  return { dirs, sizes };
}
