// A ZIP written entry by entry with every file STORED (no compression): WARCs are gzipped per record already,
// and a replayer reads records straight out of the zip by offset. fflate builds the zip; this streams it to a
// temporary file, renamed into place on finish so a reader never sees half a WACZ. No ZIP64: < 4 GiB.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Zip, ZipPassThrough } from 'fflate';

/** A file as a datapackage lists it. */
export interface ZippedFile {
  path: string;
  hash: string;
  bytes: number;
}

export class StoredZipWriter {
  private readonly out: WriteStream;
  private readonly zip: Zip;
  private failure?: Error;
  private readonly finished: Promise<unknown>;

  constructor(private readonly file: string, private readonly mtime: Date) {
    this.out = createWriteStream(`${file}.tmp`);
    this.finished = once(this.out, 'finish');
    this.finished.catch(() => undefined);
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure ??= error;
      else this.out.write(chunk);
      if (final) this.out.end();
    });
  }

  async addBytes(path: string, data: Uint8Array): Promise<ZippedFile> {
    return this.add(path, (async function* () { yield data; })());
  }

  /** The first `bytes` bytes of a file on disk (a WARC's committed part), streamed. */
  async addFile(path: string, source: string, bytes: number): Promise<ZippedFile> {
    const chunks = bytes > 0 ? createReadStream(source, { start: 0, end: bytes - 1 }) : [];
    return this.add(path, chunks as AsyncIterable<Uint8Array>);
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.finished;
    if (this.failure) throw this.failure;
    await rename(`${this.file}.tmp`, this.file);
  }

  /** Removes the temporary file after a failure. */
  async abandon(): Promise<void> {
    this.out.destroy();
    await rm(`${this.file}.tmp`, { force: true });
  }

  private async add(path: string, chunks: AsyncIterable<Uint8Array>): Promise<ZippedFile> {
    const entry = new ZipPassThrough(path);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      entry.push(chunk);
      if (this.out.writableNeedDrain) await once(this.out, 'drain');
    }
    entry.push(new Uint8Array(0), true);
    if (this.failure) throw this.failure;
    return { path, hash: `sha256:${hash.digest('hex')}`, bytes };
  }
}
