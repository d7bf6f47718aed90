// A build of the Chrome extension for automated tests. Headless tests cannot click the toolbar
// button, so the copy is granted up front what that click grants through activeTab (host access
// and tab capture, i.e. <all_urls>); everything else is the shipped build, byte for byte.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../tooling/build-extension.ts';

export interface TestBuild {
  /** The unpacked Chrome build with host access granted. */
  chromeDir: string;
  /** The unpacked Firefox build, untouched. */
  firefoxDir: string;
  /** The shipped Chrome build, untouched. */
  shippedChromeDir: string;
}

export async function prepareTestBuild(): Promise<TestBuild> {
  const root = mkdtempSync(join(tmpdir(), 'schoolscan-ext-'));
  const { dirs } = await buildExtension({ outRoot: root });
  const chromeDir = join(root, 'chrome-test');
  cpSync(dirs.chrome, chromeDir, { recursive: true });
  const manifestPath = join(chromeDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['<all_urls>'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { chromeDir, firefoxDir: dirs.firefox, shippedChromeDir: dirs.chrome };
}
