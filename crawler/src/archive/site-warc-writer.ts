// One site's WARC files: append-only, one series per site (archive/<site>-001.warc.gz, -002, …). Each process
// starts a new file of the series, after cutting what an earlier process wrote past its last committed page.
import { mkdir, open, readdir, stat, truncate, unlink, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { WarcOffset } from '../store/records.ts';
import { ARCHIVE_DIR, warcPath, warcSequence } from './archive-layout.ts';
import { warcinfoRecord, type SerializedRecord } from './warc-records.ts';

/** Where one record landed: file relative to the crawl folder, byte offset and length of its gzip member. */
export interface RecordPosition {
  file: string;
  offset: number;
  length: number;
}

export interface SiteWarcWriterOptions {
  /** The crawl folder. */
  dir: string;
  siteId: string;
  /** The site's committed WARC lengths, from the store. */
  committed: WarcOffset[];
  /** Fields of the warcinfo record at the start of each file. */
  warcinfo: Record<string, string>;
  /** A file is closed at the first page boundary past this size and the next one begun. */
  maxFileBytes: number;
  warn(message: string): void;
}

interface OpenFile {
  path: string;
  handle: FileHandle;
  bytes: number;
  syncedBytes: number;
}

export class SiteWarcWriter {
  private file?: OpenFile;
  private tail: Promise<unknown> = Promise.resolve();
  private failure?: unknown;

  private constructor(private readonly options: SiteWarcWriterOptions, private sequence: number) {}

  static async open(options: SiteWarcWriterOptions): Promise<SiteWarcWriter> {
    await mkdir(join(options.dir, ARCHIVE_DIR), { recursive: true });
    const lastSequence = await cutUncommitted(options);
    return new SiteWarcWriter(options, lastSequence + 1);
  }

  /** Appends the records in order (after everything appended before); resolves with where each landed. */
  append(records: SerializedRecord[]): Promise<RecordPosition[]> {
    const written = this.tail.then(async () => {
      if (this.failure) throw new Error('an earlier record could not be written');
      const file = this.file ?? (this.file = await this.begin());
      const positions: RecordPosition[] = [];
      for (const record of records) {
        await file.handle.write(record.gzipped);
        positions.push({ file: file.path, offset: file.bytes, length: record.gzipped.byteLength });
        file.bytes += record.gzipped.byteLength;
      }
      return positions;
    });
    this.tail = written.catch((error: unknown) => {
      this.failure ??= error;
    });
    return written;
  }

  /**
   * Waits for every append, makes the file durable and returns its length: the offset a page commit stores.
   * Undefined while nothing was written. Past the size cap the file is closed and the next append begins a new one.
   */
  async sync(): Promise<WarcOffset | undefined> {
    await this.tail;
    if (this.failure) throw new Error(`WARC file of ${this.options.siteId} could not be written: ${String(this.failure)}`);
    const file = this.file;
    if (!file) return undefined;
    if (file.syncedBytes !== file.bytes) {
      await file.handle.datasync();
      file.syncedBytes = file.bytes;
    }
    const offset = { siteId: this.options.siteId, file: file.path, bytes: file.bytes };
    if (file.bytes >= this.options.maxFileBytes) await this.closeFile();
    return offset;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.closeFile();
  }

  private async begin(): Promise<OpenFile> {
    const path = warcPath(this.options.siteId, this.sequence++);
    const handle = await open(join(this.options.dir, path), 'a');
    const info = await warcinfoRecord(basename(path), this.options.warcinfo);
    await handle.write(info.gzipped);
    return { path, handle, bytes: info.gzipped.byteLength, syncedBytes: 0 };
  }

  private async closeFile(): Promise<void> {
    const file = this.file;
    this.file = undefined;
    await file?.handle.close();
  }
}

/**
 * Cuts each file of the site back to its committed length: bytes past it belong to a page no commit covered
 * (the process died while writing or before committing), and the page will be fetched again. A file no commit
 * ever covered is removed. Returns the highest sequence number in use.
 */
async function cutUncommitted(options: SiteWarcWriterOptions): Promise<number> {
  let last = 0;
  for (const name of await readdir(join(options.dir, ARCHIVE_DIR))) {
    const sequence = warcSequence(name, options.siteId);
    if (sequence === undefined) continue;
    last = Math.max(last, sequence);
    const path = `${ARCHIVE_DIR}/${name}`;
    const full = join(options.dir, path);
    const committed = options.committed.find((c) => c.file === path)?.bytes;
    const size = (await stat(full)).size;
    if (committed === undefined) await unlink(full);
    else if (size > committed) await truncate(full, committed);
    else if (size < committed) options.warn(`${path} is ${committed - size} bytes shorter than committed (system crash?); its last records are lost`);
  }
  return last;
}
