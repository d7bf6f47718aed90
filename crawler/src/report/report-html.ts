// report.html: one self-contained Dutch file (inline CSS, no scripts, no external resources), rebuilt from the store.
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { FailureReason } from '../../../shared/src/index.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { Outlink, PageRow, RunManifest, SiteSummary } from '../store/records.ts';
import { html, raw, type Raw } from './html.ts';
import { NL } from './report-nl.ts';
import { REPORT_CSS } from './report-style.ts';
import { renderSiteSection, siteAnchor, siteTitle, stateText } from './site-section.ts';
import { researchSectionFor } from '../research/report-hook.ts';

export async function writeReportHtml(store: CrawlStore, file: string): Promise<void> {
  const manifest = await store.getManifest();
  const sites = await store.siteSummaries();
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  const write = async (chunk: Raw | string) => {
    if (!out.write(String(chunk))) await once(out, 'drain');
  };
  await write(head(manifest, sites));
  await write(researchSectionFor(dirname(file))); // empty unless `schoolscan stats` wrote research/stats.json
  for (const site of sites) {
    const [findings, bureauLinks, pages] = await Promise.all([
      collect(store.findings(site.siteId)),
      collect(store.outlinks(site.siteId), (l: Outlink) => Boolean(l.bureau)),
      collect(store.pages(site.siteId), (p: PageRow) => p.state === 'failed' || p.state === 'skipped'),
    ]);
    await write(renderSiteSection({
      site, findings, bureauLinks,
      failed: pages.filter((p) => p.state === 'failed'),
      skippedByReason: countReasons(pages.filter((p) => p.state === 'skipped')),
    }));
  }
  await write(html`<footer><p class="notice">${NL.disclaimer}</p><p class="muted">${NL.whereToReport}</p></footer></body></html>\n`);
  out.end();
  await once(out, 'finish');
  await rename(tmp, file);
}

function head(manifest: RunManifest | undefined, sites: SiteSummary[]): Raw {
  return html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'">
<title>${NL.title}</title><style>${raw(REPORT_CSS)}</style></head><body>
<h1>${NL.title}</h1>
<p class="meta">${NL.generated} ${new Date().toISOString()} · ${NL.toolVersion} ${manifest?.toolVersion ?? ''} · ${sites.length} ${NL.sitesCrawled}</p>
<p class="notice">${NL.disclaimer}</p>
<h2>${NL.overview}</h2>
${overviewTable(sites)}
`;
}

function overviewTable(sites: SiteSummary[]): Raw {
  const count = (s: SiteSummary, level: 'likely' | 'review') =>
    s.findings[`commercial-tutoring:${level}`] + s.findings[`mandatory-contribution:${level}`];
  const rows = sites.map((s) => html`<tr><td><a href="#${siteAnchor(s.siteId)}">${siteTitle(s)}</a></td>
<td>${s.siteId}</td><td class="state-${s.state}">${stateText(s)}</td><td class="num">${s.pagesFetched}</td>
<td class="num">${s.findings['commercial-tutoring:likely']}</td><td class="num">${s.findings['mandatory-contribution:likely']}</td>
<td class="num">${count(s, 'review')}</td><td class="num">${s.errors}</td></tr>`);
  const sum = (f: (s: SiteSummary) => number) => sites.reduce((n, s) => n + f(s), 0);
  return html`<table>
<tr><th>${NL.school}</th><th>${NL.website}</th><th>${NL.state}</th><th class="num">${NL.pages}</th>
<th class="num">${NL.likely}: bijles</th><th class="num">${NL.likely}: ouderbijdrage</th><th class="num">${NL.review}</th><th class="num">${NL.errors}</th></tr>
${rows}
<tr><th>${NL.totals}</th><th></th><th></th><th class="num">${sum((s) => s.pagesFetched)}</th>
<th class="num">${sum((s) => s.findings['commercial-tutoring:likely'])}</th><th class="num">${sum((s) => s.findings['mandatory-contribution:likely'])}</th>
<th class="num">${sum((s) => count(s, 'review'))}</th><th class="num">${sum((s) => s.errors)}</th></tr>
</table>`;
}

function countReasons(pages: PageRow[]): Map<FailureReason, number> {
  const counts = new Map<FailureReason, number>();
  for (const p of pages) if (p.error) counts.set(p.error, (counts.get(p.error) ?? 0) + 1);
  return counts;
}

async function collect<T>(items: AsyncIterable<T>, keep: (item: T) => boolean = () => true): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) if (keep(item)) out.push(item);
  return out;
}

