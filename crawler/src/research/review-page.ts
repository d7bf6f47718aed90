// The review page: every sampled item (one school, one category) with the tool's verdict, the passages it
// found with the trigger marked, its reasons, the page link and the screenshot, and the reviewer's label.
// All page text is escaped; the only script is /review.js from the same server.
import type { CrawlFinding } from '../store/records.ts';
import { html, markSpan, raw, safeEvidencePath, safeHref, type Raw } from '../report/html.ts';
import { NL as REPORT_NL } from '../report/report-nl.ts';
import { REPORT_CSS } from '../report/report-style.ts';
import type { LabelRecord } from './review-labels.ts';
import type { ReviewItem, ReviewSample } from './review-sample.ts';
import { RESEARCH_NL } from './research-nl.ts';

export const REVIEW_NL = {
  title: 'schoolscan: handmatige controle',
  intro: 'Beoordeel per school of het oordeel van schoolscan klopt. Gemarkeerd: staat er echt een overtreding op de website? ' +
    'Niet gemarkeerd: is de website echt schoon? Open bij twijfel de pagina zelf.',
  keys: 'Toetsen: j volgende · k vorige · y juist · n onjuist · u twijfel',
  verdictFlagged: 'schoolscan: gemarkeerd',
  verdictClean: 'schoolscan: niet gemarkeerd',
  question: 'Klopt dit oordeel?',
  labels: { correct: 'juist (y)', wrong: 'onjuist (n)', unsure: 'twijfel (u)' },
  labelled: (done: number, total: number) => `${done} van ${total} beoordeeld`,
  noFindings: 'Geen passages van deze categorie gevonden. Bekijk de website zelf om te zien of er iets gemist is.',
  visitSite: 'Website van de school',
  export: 'CSV exporteren',
  import: 'CSV importeren',
  moreFindings: (n: number) => `en nog ${n} passage(s)`,
} as const;

const PAGE_CSS = `${REPORT_CSS}
header.bar { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; z-index: 1; display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
article.item { border: 2px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 1.25rem 0; scroll-margin-top: 4rem; }
article.item.current { border-color: #0b57d0; box-shadow: 0 0 0 3px #d3e3fd; }
article.item[data-label="correct"] .state { color: #1e7e34; } article.item[data-label="wrong"] .state { color: var(--likely); }
article.item[data-label="unsure"] .state { color: var(--review); }
.verdict { font-weight: 600; } .buttons button { margin-right: .5rem; font: inherit; padding: .2rem .7rem; }
button[aria-pressed="true"] { background: #0b57d0; color: #fff; border-color: #0b57d0; }
.finding img { max-height: 24rem; }`;

const CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'";

const MAX_SHOWN = 8;

export function renderReviewPage(sample: ReviewSample, labels: ReadonlyMap<string, LabelRecord>, findingsOf: (item: ReviewItem) => CrawlFinding[]): string {
  const done = sample.items.filter((i) => labels.has(i.id)).length;
  return html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${REVIEW_NL.title}</title><style>${raw(PAGE_CSS)}</style></head><body>
<h1>${REVIEW_NL.title}</h1>
<p>${REVIEW_NL.intro}</p>
<header class="bar"><strong id="progress" data-total="${sample.items.length}">${REVIEW_NL.labelled(done, sample.items.length)}</strong>
<span class="muted">${REVIEW_NL.keys}</span>
<a href="/export.csv" download="review-labels.csv">${REVIEW_NL.export}</a>
<label>${REVIEW_NL.import} <input type="file" id="import" accept=".csv,text/csv"></label></header>
<main>${sample.items.map((item, index) => itemCard(item, index, sample.items.length, labels.get(item.id), findingsOf(item)))}</main>
<p class="notice">${REPORT_NL.disclaimer}</p>
<script src="/review.js"></script>
</body></html>
`.toString();
}

function itemCard(item: ReviewItem, index: number, total: number, label: LabelRecord | undefined, findings: CrawlFinding[]): Raw {
  const relevant = findings.filter((f) => f.category === item.category).sort((a, b) => (a.level === b.level ? b.score - a.score : a.level === 'likely' ? -1 : 1));
  const who = [item.code, item.place].filter(Boolean).join(', ');
  return html`<article class="item" id="item-${index}" data-item="${item.id}" data-label="${label?.label ?? ''}" tabindex="-1">
<h2>${index + 1}/${total} · ${item.name ?? item.siteId}${who ? ` (${who})` : ''} · ${RESEARCH_NL.short[item.category]}</h2>
<p class="verdict">${item.flagged ? REVIEW_NL.verdictFlagged : REVIEW_NL.verdictClean} — ${REPORT_NL.categories[item.category]}</p>
<p>${REVIEW_NL.visitSite}: <a href="${raw(safeHref(item.website))}" target="_blank" rel="noopener noreferrer">${item.website ?? item.siteId}</a></p>
${relevant.length ? relevant.slice(0, MAX_SHOWN).map(findingBlock) : html`<p class="muted">${REVIEW_NL.noFindings}</p>`}
${relevant.length > MAX_SHOWN ? html`<p class="muted">${REVIEW_NL.moreFindings(relevant.length - MAX_SHOWN)}</p>` : ''}
<p>${REVIEW_NL.question} <span class="state">${label ? REVIEW_NL.labels[label.label] : ''}</span></p>
<div class="buttons">${(['correct', 'wrong', 'unsure'] as const).map((l) => html`<button type="button" data-set="${l}" aria-pressed="${label?.label === l ? 'true' : 'false'}">${REVIEW_NL.labels[l]}</button>`)}</div>
</article>`;
}

function findingBlock(f: CrawlFinding): Raw {
  const shot = safeEvidencePath(f.evidence?.screenshot);
  return html`<div class="finding ${f.level}"><span class="badge ${f.level}">${REPORT_NL.levels[f.level]}</span> <span class="muted">${REPORT_NL.score} ${f.score.toFixed(2)}</span>
<blockquote>${raw(markSpan(f.text, f.span))}</blockquote>
${f.reasons.length ? html`<ul class="reasons">${f.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
<div>${REPORT_NL.page}: <a href="${raw(safeHref(f.url))}" target="_blank" rel="noopener noreferrer">${f.url}</a>${f.pdfPage ? html` (${REPORT_NL.pdfPage} ${f.pdfPage})` : ''}</div>
${shot ? html`<img src="/${raw(shot)}" alt="${REPORT_NL.screenshotAlt}" loading="lazy">` : ''}</div>`;
}
