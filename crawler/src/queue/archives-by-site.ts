// A worker's web archive: one CrawlArchive per site job, writing WARCs into that job's folder (so they travel
// to the crawl folder with the site's bundle), behind the one recorder the process's fetcher and browser
// were built with. Exchanges and pages are routed to their site's archive by site id.
import type { PageArchive, PageRenderer } from '../crawl/ports.ts';
import { CrawlArchive, type CrawlArchiveOptions } from '../archive/crawl-archive.ts';
import type { ExchangeRecorder, FetchPurpose, HttpExchange } from '../fetch/types.ts';
import type { PageCommit } from '../store/records.ts';

export class ArchivesBySite implements ExchangeRecorder, PageArchive {
  private readonly bySite = new Map<string, CrawlArchive>();

  /** Starts the archive of a site job; its files go below `options.dir`. */
  open(siteId: string, options: CrawlArchiveOptions): void {
    this.bySite.set(siteId, new CrawlArchive(options));
  }

  /** Writes what is queued for the site and closes its files (before they are bundled). */
  async closeSite(siteId: string): Promise<void> {
    const archive = this.bySite.get(siteId);
    this.bySite.delete(siteId);
    await archive?.close();
  }

  record(exchange: HttpExchange, context: { siteId: string; purpose: FetchPurpose }): void {
    this.bySite.get(context.siteId)?.record(exchange, context);
  }

  async sealPage(commit: PageCommit): Promise<void> {
    await this.bySite.get(commit.page.siteId)?.sealPage(commit);
  }

  recordingRenderer(renderer: PageRenderer): PageRenderer {
    return {
      render: async (url, siteId) => {
        const rendered = await renderer.render(url, siteId);
        this.bySite.get(siteId)?.recordRenderedDom(siteId, rendered.finalUrl, rendered.html);
        return rendered;
      },
      screenshotPassage: (url, siteId, passage, file) => renderer.screenshotPassage(url, siteId, passage, file),
      closeSite: async (siteId) => renderer.closeSite?.(siteId),
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.bySite.keys()].map((siteId) => this.closeSite(siteId)));
  }
}
