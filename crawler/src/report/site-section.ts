// One school's part of report.html: findings by category, bureau links, pages that failed and why.
import { CATEGORIES, FAILURE_REASONS, isFailureReason, type FailureReason } from '../../../shared/src/index.ts';
import type { CrawlFinding, Outlink, PageRow, SiteSummary } from '../store/records.ts';
import { archiveLine } from '../archive/report-archive-line.ts';
import { html, markSpan, raw, safeEvidencePath, safeHref, type Raw } from './html.ts';
import { NL } from './report-nl.ts';

export interface SiteSectionData {
  site: SiteSummary;
  findings: CrawlFinding[];
  bureauLinks: Outlink[];
  failed: PageRow[];
  skippedByReason: Map<FailureReason, number>;
}

const MAX_FAILED_LISTED = 50;

export function siteAnchor(siteId: string): string {
  return `site-${siteId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function siteTitle(site: SiteSummary): string {
  const names = [...new Set(site.locations.map((l) => l.name).filter(Boolean))];
  return names.length ? names.join(' / ') : site.siteId;
}

export function renderSiteSection(data: SiteSectionData): Raw {
  const { site } = data;
  return html`<section id="${siteAnchor(site.siteId)}">
<h2>${siteTitle(site)}</h2>
<p class="meta">${NL.website}: <a href="${raw(safeHref(site.seedUrls[0]))}">${site.seedUrls[0] ?? site.siteId}</a>
 · ${NL.state}: <span class="state-${site.state}">${stateText(site)}</span> · ${NL.pages}: ${site.pagesFetched}</p>
${locations(site)}
${data.findings.length === 0 ? html`<p>${NL.noFindings}</p>` : CATEGORIES.map((c) => categoryBlock(c, data.findings))}
${bureauLinks(data.bureauLinks)}
${failedPages(data.failed)}
${skipped(data.skippedByReason)}
</section>
`;
}

export function stateText(site: { state: SiteSummary['state']; reason?: FailureReason }): string {
  const state = NL.siteStates[site.state];
  return site.reason ? `${state}: ${reasonNl(site.reason).toLowerCase()}` : state;
}

function locations(site: SiteSummary): Raw | string {
  if (site.locations.length === 0) return '';
  const items = site.locations.map((l) => html`<li>${[l.name, l.place, l.type, l.code].filter(Boolean).join(' · ')}</li>`);
  return html`<details><summary>${NL.locations} (${site.locations.length})</summary><ul>${items}</ul></details>`;
}

function categoryBlock(category: (typeof CATEGORIES)[number], all: CrawlFinding[]): Raw | string {
  const findings = all.filter((f) => f.category === category).sort((a, b) => levelRank(a) - levelRank(b) || b.score - a.score);
  if (findings.length === 0) return '';
  return html`<h3>${NL.categories[category]} (${findings.length})</h3>${findings.map(findingCard)}`;
}

const levelRank = (f: CrawlFinding) => (f.level === 'likely' ? 0 : 1);

function findingCard(f: CrawlFinding): Raw {
  const shot = safeEvidencePath(f.evidence?.screenshot);
  return html`<article class="finding ${f.level}">
<span class="badge ${f.level}">${NL.levels[f.level]}</span> <span class="muted">${NL.score} ${f.score.toFixed(2)}</span>
<blockquote>${raw(markSpan(f.text, f.span))}</blockquote>
${f.reasons.length ? html`<div>${NL.reasons}:</div><ul class="reasons">${f.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
<div>${NL.page}: <a href="${raw(safeHref(f.url))}">${f.url}</a>${f.pdfPage ? html` (${NL.pdfPage} ${f.pdfPage})` : ''}</div>
<div class="muted">${NL.capturedAt} ${f.evidence?.capturedAt ?? ''} · ${NL.contentHash} ${f.evidence?.sha256 ?? ''}</div>
${archiveLine(f)}
${shot
    ? html`<a href="${raw(shot)}"><img src="${raw(shot)}" alt="${NL.screenshotAlt}" loading="lazy"></a>`
    : html`<div class="muted">${NL.noScreenshot}${f.evidence?.screenshotNote ? `: ${f.evidence.screenshotNote}` : ''}</div>`}
</article>`;
}

function bureauLinks(links: Outlink[]): Raw | string {
  if (links.length === 0) return '';
  const rows = links.map((l) => html`<li><a href="${raw(safeHref(l.toUrl))}">${l.bureau ?? l.toUrl}</a>${l.anchorText ? ` “${l.anchorText}”` : ''}
 ${NL.linkedFrom} <a href="${raw(safeHref(l.fromUrl))}">${l.fromUrl}</a></li>`);
  return html`<h3>${NL.bureauLinks} (${links.length})</h3><p class="muted">${NL.bureauLinksIntro}</p><ul>${rows}</ul>`;
}

function failedPages(failed: PageRow[]): Raw | string {
  if (failed.length === 0) return '';
  const rows = failed.slice(0, MAX_FAILED_LISTED).map((p) => html`<tr><td><a href="${raw(safeHref(p.url))}">${p.url}</a></td>
<td>${reasonNl(p.error)}${p.status ? ` (HTTP ${p.status})` : ''}</td></tr>`);
  const more = failed.length > MAX_FAILED_LISTED ? html`<p class="muted">${NL.andMore(failed.length - MAX_FAILED_LISTED)}</p>` : '';
  return html`<h3>${NL.failedPages} (${failed.length})</h3><table><tr><th>${NL.page}</th><th>${NL.reason}</th></tr>${rows}</table>${more}`;
}

function skipped(byReason: Map<FailureReason, number>): Raw | string {
  if (byReason.size === 0) return '';
  const items = [...byReason].map(([reason, n]) => html`<li>${reasonNl(reason)}: ${n}</li>`);
  return html`<details><summary>${NL.skippedPages}</summary><ul>${items}</ul></details>`;
}

/** Dutch text of a failure reason; tolerant of values from an older or foreign store. */
export function reasonNl(reason: string | undefined): string {
  if (!reason) return '';
  return isFailureReason(reason) ? FAILURE_REASONS[reason].nl : reason;
}
