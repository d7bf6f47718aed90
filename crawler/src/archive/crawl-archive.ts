// The crawl's web archive while it runs: the ExchangeRecorder the fetch layer writes every exchange to, and the
// PageArchive the crawl loop seals each page with before committing it. One WARC series per site; records are
// serialised and appended in the order they arrive, off the page's path, and a seal waits for them.
import { TOOL_VERSION } from '../../../shared/src/version.ts';
import type { PageArchive, PageRenderer } from '../crawl/ports.ts';
import type { ExchangeRecorder, FetchPurpose, HttpExchange } from '../fetch/types.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { ArchivedCopy, PageCommit } from '../store/records.ts';
import { timestamp14 } from './archive-layout.ts';
import { SiteWarcWriter, type RecordPosition } from './site-warc-writer.ts';
import { exchangeRecords, renderedDomRecord, type SerializedRecord } from './warc-records.ts';

export interface CrawlArchiveOptions {
  /** The crawl folder. */
  dir: string;
  store: CrawlStore;
  userAgent: string;
  obeyRobots: boolean;
  /** Default 1 GiB: a WACZ is a plain (not ZIP64) zip, so files stay well under 4 GiB. */
  maxFileBytes?: number;
  warn(message: string): void;
}

/** What is known of one site since its last sealed page. */
interface SiteArchive {
  writer: Promise<SiteWarcWriter>;
  queue: Promise<void>;
  failure?: unknown;
  /** The page response per URL, and the last rendered DOM: what a finding of the next sealed page points at. */
  pageCopies: Map<string, { copy: ArchivedCopy; ok: boolean }>;
  renderedDom?: ArchivedCopy;
}

const DEFAULT_MAX_FILE_BYTES = 1024 ** 3;

export class CrawlArchive implements ExchangeRecorder, PageArchive {
  private readonly sites = new Map<string, SiteArchive>();

  constructor(private readonly options: CrawlArchiveOptions) {}

  /** Queues the exchange for the site's WARC and returns at once; the page's seal waits for it. */
  record(exchange: HttpExchange, context: { siteId: string; purpose: FetchPurpose }): void {
    this.enqueue(context.siteId, () => exchangeRecords(exchange), (records, positions) => {
      const response = records[0];
      if (context.purpose !== 'page' || !response) return;
      // The HTTP fetch of a page comes first; a browser loading the same page later must not take its place,
      // but a success replaces an error answer of an earlier try.
      const copies = this.siteOf(context.siteId).pageCopies;
      const ok = (response.status ?? 0) < 300;
      const known = copies.get(response.url);
      if (!known || (ok && !known.ok)) copies.set(response.url, { copy: copyOf(response, positions[0], response.url), ok });
    });
  }

  /** Queues the DOM a browser rendered for a page: the text its findings were read from. */
  recordRenderedDom(siteId: string, pageUrl: string, html: string): void {
    this.enqueue(siteId, async () => [await renderedDomRecord(pageUrl, html, new Date().toISOString())], (records, positions) => {
      this.siteOf(siteId).renderedDom = copyOf(records[0], positions[0], pageUrl);
    });
  }

  /** The renderer, with each rendered DOM recorded as it is handed to the extractor. */
  recordingRenderer(renderer: PageRenderer): PageRenderer {
    return {
      render: async (url, siteId) => {
        const rendered = await renderer.render(url, siteId);
        this.recordRenderedDom(siteId, rendered.finalUrl, rendered.html);
        return rendered;
      },
      screenshotPassage: (url, siteId, passage, file) => renderer.screenshotPassage(url, siteId, passage, file),
      closeSite: async (siteId) => renderer.closeSite?.(siteId),
    };
  }

  async sealPage(commit: PageCommit): Promise<void> {
    const site = this.sites.get(commit.page.siteId);
    if (!site) return;
    await site.queue;
    if (site.failure) throw new Error(`web archive of ${commit.page.siteId}: ${String(site.failure)}`);
    const offset = await (await site.writer).sync();
    if (offset) commit.warc = offset;
    const page = commit.page;
    const copy = page.rendered ? site.renderedDom : site.pageCopies.get(page.finalUrl ?? page.url)?.copy;
    if (copy) for (const finding of commit.findings) finding.evidence = { ...finding.evidence, archive: copy };
    site.pageCopies.clear();
    site.renderedDom = undefined;
  }

  /** Writes what is queued and closes every file. Records of pages never sealed stay past the committed length. */
  async close(): Promise<void> {
    await Promise.all([...this.sites.values()].map(async (site) => {
      await site.queue;
      await (await site.writer.catch(() => undefined))?.close();
    }));
  }

  private enqueue(
    siteId: string,
    build: () => Promise<SerializedRecord[]>,
    written: (records: SerializedRecord[], positions: RecordPosition[]) => void,
  ): void {
    const site = this.siteOf(siteId);
    const records = build();
    records.catch(() => undefined);
    site.queue = site.queue.then(async () => {
      if (site.failure) return;
      const built = await records;
      if (built.length === 0) return;
      written(built, await (await site.writer).append(built));
    }).catch((error: unknown) => {
      site.failure ??= error;
    });
  }

  private siteOf(siteId: string): SiteArchive {
    let site = this.sites.get(siteId);
    if (!site) {
      site = { writer: this.openWriter(siteId), queue: Promise.resolve(), pageCopies: new Map() };
      site.writer.catch(() => undefined);
      this.sites.set(siteId, site);
    }
    return site;
  }

  private async openWriter(siteId: string): Promise<SiteWarcWriter> {
    return SiteWarcWriter.open({
      dir: this.options.dir,
      siteId,
      committed: await this.options.store.warcOffsets(siteId),
      maxFileBytes: this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      warn: this.options.warn,
      warcinfo: {
        software: `schoolscan/${TOOL_VERSION}`,
        format: 'WARC File Format 1.1',
        conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
        'http-header-user-agent': this.options.userAgent,
        robots: this.options.obeyRobots ? 'obey' : 'ignore',
        isPartOf: siteId,
        description: 'Every HTTP exchange of a schoolscan crawl of one school website, and the DOM of pages it rendered',
      },
    });
  }
}

function copyOf(record: SerializedRecord, position: RecordPosition, pageUrl: string): ArchivedCopy {
  return { recordId: record.recordId, warcFile: position.file, offset: position.offset, url: pageUrl, timestamp: timestamp14(record.date) };
}
