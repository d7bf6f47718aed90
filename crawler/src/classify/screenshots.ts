// Evidence screenshots: for each HTML page with a `likely` finding, the passage highlighted in a real browser.
// Files are content-addressed (evidence/<siteId>/<sha256>.png), so a page redone after a resume cannot clash.
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../store/finding-key.ts';
import type { CrawlFinding } from '../store/records.ts';
import type { PageRenderer } from '../crawl/ports.ts';

/** Enough to show every distinct passage on an ordinary page without letting one page eat the crawl's time. */
const MAX_SCREENSHOTS_PER_PAGE = 5;

export const SCREENSHOT_NOTES = {
  pdf: 'pdf: geen schermafbeelding, zie de pdf-pagina',
  disabled: 'uitgeschakeld (--no-screenshots)',
  noBrowser: 'geen browser beschikbaar',
  tooMany: 'niet gemaakt: te veel passages op deze pagina',
  notFound: 'passage niet teruggevonden in de browser; schermafbeelding van de hele pagina',
  failed: (why: string) => `mislukt: ${why}`,
} as const;

export interface ScreenshotContext {
  renderer?: PageRenderer;
  enabled: boolean;
  /** The crawl folder; files go to <outDir>/evidence/<siteId>/. */
  outDir: string;
  siteId: string;
  /** URL to load (after redirects). */
  pageUrl: string;
  kind: 'html' | 'pdf' | 'text';
}

/** Adds screenshot evidence to the likely findings, in place. Never throws: a failed screenshot is a note. */
export async function addScreenshots(findings: CrawlFinding[], ctx: ScreenshotContext): Promise<void> {
  const likely = findings.filter((f) => f.level === 'likely');
  if (likely.length === 0) return;
  const note = ctx.kind === 'pdf' ? SCREENSHOT_NOTES.pdf : !ctx.enabled ? SCREENSHOT_NOTES.disabled : !ctx.renderer ? SCREENSHOT_NOTES.noBrowser : undefined;
  if (note || !ctx.renderer) {
    for (const f of likely) f.evidence.screenshotNote = note;
    return;
  }
  const byPassage = new Map<string, CrawlFinding[]>();
  for (const f of likely) {
    const key = `${f.locator ?? ''}\u0000${f.text}`;
    byPassage.set(key, [...(byPassage.get(key) ?? []), f]);
  }
  let taken = 0;
  for (const group of byPassage.values()) {
    if (taken++ >= MAX_SCREENSHOTS_PER_PAGE) {
      for (const f of group) f.evidence.screenshotNote = SCREENSHOT_NOTES.tooMany;
      continue;
    }
    const [first] = group;
    try {
      const shot = await takeScreenshot(ctx, first.text);
      for (const f of group) {
        Object.assign(f.evidence, { screenshot: shot.relative, screenshotSha256: shot.sha256 });
        if (!shot.found) f.evidence.screenshotNote = SCREENSHOT_NOTES.notFound;
      }
    } catch (error) {
      for (const f of group) f.evidence.screenshotNote = SCREENSHOT_NOTES.failed((error as Error).message.split('\n')[0].slice(0, 200));
    }
  }
}

let tmpCounter = 0;

/** Shoots into a temporary file, then renames it to its own sha256: the same picture is one file. */
async function takeScreenshot(ctx: ScreenshotContext, passage: string): Promise<{ relative: string; sha256: string; found: boolean }> {
  const folder = join(ctx.outDir, 'evidence', safeSegment(ctx.siteId));
  await mkdir(folder, { recursive: true });
  const tmp = join(folder, `.shot-${process.pid}-${tmpCounter++}.png`);
  try {
    const found = await ctx.renderer!.screenshotPassage(ctx.pageUrl, ctx.siteId, passage, tmp);
    const sha256 = sha256Hex(await readFile(tmp));
    await rename(tmp, join(folder, `${sha256}.png`));
    return { relative: `evidence/${safeSegment(ctx.siteId)}/${sha256}.png`, sha256, found };
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Site ids are host names (or host:port); keep them usable as one folder name on any file system we write to. */
export function safeSegment(siteId: string): string {
  return siteId.replace(/[^A-Za-z0-9._-]/g, '_');
}
