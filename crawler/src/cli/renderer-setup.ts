// Opens the browser when the crawl may need one (rendering or evidence screenshots), lazily per process.
// Interim: the BrowserRenderer module has not landed yet, so no browser is used.
import type { PageRenderer } from '../crawl/ports.ts';
import type { CrawlOptions } from './crawl-options.ts';
import type { CrawlProgress } from './progress.ts';

export async function openRenderer(options: CrawlOptions, progress: CrawlProgress): Promise<(PageRenderer & { close(): Promise<void> }) | undefined> {
  if (options.render === 'never' && options.noScreenshots) return undefined;
  progress.warn('no browser support in this build: pages are read over HTTP only and no screenshots are taken');
  return undefined;
}
