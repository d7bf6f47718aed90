import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';

/** Writes one JSON object a line, via a temporary file renamed into place, so a reader never sees half a file. */
export async function writeJsonl<T>(file: string, rows: AsyncIterable<T>, toJson: (row: T) => unknown = (r) => r): Promise<number> {
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  let count = 0;
  for await (const row of rows) {
    if (!out.write(`${JSON.stringify(toJson(row))}\n`)) await once(out, 'drain');
    count++;
  }
  out.end();
  await once(out, 'finish');
  await rename(tmp, file);
  return count;
}
