// Opt-in "scan this site automatically": a content script registered for one origin, only after the
// user granted that host permission from the popup. Revoking the permission removes it again.
import { browser } from '../shared/browser.ts';
import { hashText } from '../shared/hash.ts';
import { CONTENT_SCRIPT_FILE } from './injector.ts';
import { autoScanOrigins, setAutoScanOrigin } from './session-state.ts';

/** The match pattern of an origin. Match patterns carry no port, so it covers every port of the host. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

const scriptId = (origin: string) => `auto-${hashText(origin)}`;

async function unregister(origin: string): Promise<void> {
  try {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
  } catch {
    // was not registered
  }
}

export async function enableAutoScan(origin: string): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
  if (!granted) return false;
  await unregister(origin);
  await browser.scripting.registerContentScripts([
    { id: scriptId(origin), matches: [originPattern(origin)], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  await setAutoScanOrigin(origin, true);
  return true;
}

export async function disableAutoScan(origin: string): Promise<void> {
  await unregister(origin);
  await setAutoScanOrigin(origin, false);
  try {
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    // the browser may refuse to remove a permission the user granted elsewhere
  }
}

/** Keeps registrations in step with permissions the user removed in the browser's own settings. */
export function watchPermissionRemovals(): void {
  browser.permissions.onRemoved.addListener(async (removed) => {
    const patterns = new Set(removed.origins ?? []);
    for (const origin of await autoScanOrigins()) {
      if (patterns.has(originPattern(origin))) {
        await unregister(origin);
        await setAutoScanOrigin(origin, false);
      }
    }
  });
}

export async function isAutoScanned(origin: string): Promise<boolean> {
  return (await autoScanOrigins()).includes(origin);
}
