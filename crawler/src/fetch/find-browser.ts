import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium to render with: $SCHOOLSCAN_CHROMIUM, else the system package, else a browser Playwright
 * already installed. Never downloads one. Undefined when none is there.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.SCHOOLSCAN_CHROMIUM?.trim();
  if (configured) return existsSync(configured) ? configured : undefined;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}
