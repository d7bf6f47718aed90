// pages/pages.jsonl of a site's WACZ: the entry points a replayer lists, one per archived page with its title
// and capture time.
import { createHash } from 'node:crypto';
import type { PageRow } from '../store/records.ts';

export interface MainPage {
  url: string;
  ts: string;
}

/** The header line and one line per page whose response is in the archive (`archivedUrls`), oldest first. */
export async function pagesJsonl(rows: AsyncIterable<PageRow>, archivedUrls: Set<string>, title: string): Promise<{ text: string; main?: MainPage }> {
  const pages = new Map<string, { url: string; ts: string; title?: string }>();
  for await (const row of rows) {
    const url = row.finalUrl;
    if (!url || !row.fetchedAt || !archivedUrls.has(url) || pages.has(url) || row.stage === 'none') continue;
    pages.set(url, { url, ts: row.fetchedAt, title: row.title });
  }
  const sorted = [...pages.values()].sort((a, b) => a.ts.localeCompare(b.ts));
  const lines = [
    JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title }),
    ...sorted.map((p) => JSON.stringify({ id: createHash('sha256').update(`${p.url} ${p.ts}`).digest('hex').slice(0, 16), ...p })),
  ];
  return { text: `${lines.join('\n')}\n`, main: sorted[0] && { url: sorted[0].url, ts: sorted[0].ts } };
}
