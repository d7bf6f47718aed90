// The printable report as one self-contained HTML file (opens from disk, no outside resources):
// summary, passages with their trigger words marked, reasons, screenshot, the melding text, and
// where to send it. Every piece of page text is escaped.
import { CATEGORIES, LEVELS } from '../../../../shared/src/index.ts';
import type { ReportData } from '../types.ts';
import { exportRows } from './export-rows.ts';
import { toMelding } from './melding.ts';
import { CATEGORY_NL, dutchDateTime, dutchScore, LEVEL_NL, RULE_NL, SIGNAL_NOT_VERDICT_NL, WHERE_TO_REPORT_NL } from './report-words-nl.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const REPORT_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; color: #111827; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d1d5db; }
.meta { color: #4b5563; } .notice { background: #fef3c7; border-left: 4px solid #d97706; padding: .6rem .8rem; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } th, td { border: 1px solid #d1d5db; padding: .4rem; vertical-align: top; text-align: left; }
th { background: #f3f4f6; } mark { background: #fde68a; } td.url { word-break: break-all; font-size: 12px; }
img { max-width: 100%; border: 1px solid #d1d5db; } pre { white-space: pre-wrap; background: #f9fafb; border: 1px solid #e5e7eb; padding: .8rem; }
@media print { h2 { break-after: avoid; } tr, figure { break-inside: avoid; } }
`;

function passageHtml(text: string, start: number, end: number): string {
  return `${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end))}`;
}

function summaryHtml(report: ReportData): string {
  const rows = exportRows(report);
  const items = CATEGORIES.flatMap((category) => LEVELS.map((level) => {
    const n = rows.filter((row) => row.finding.category === category && row.finding.level === level).length;
    return n > 0 ? `<li>${escapeHtml(CATEGORY_NL[category])}: ${n} × ${escapeHtml(LEVEL_NL[level])}</li>` : '';
  })).join('');
  return `<p>${rows.length} passage(s) op ${report.pages.length} bekeken pagina('s).</p>${items ? `<ul>${items}</ul>` : ''}`;
}

function findingsTable(report: ReportData): string {
  const rows = exportRows(report).map(({ number, page, finding }) => `<tr>
<td>${number}</td><td class="url">${escapeHtml(page.title)}<br>${escapeHtml(finding.url ?? page.url)}</td>
<td>${escapeHtml(CATEGORY_NL[finding.category])}</td><td>${escapeHtml(LEVEL_NL[finding.level])}<br>score ${dutchScore(finding.score)}</td>
<td>${passageHtml(finding.text, finding.span.start, finding.span.end)}</td>
<td><ul>${finding.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul></td></tr>`);
  if (rows.length === 0) return '<p>Geen passages gevonden.</p>';
  return `<table><thead><tr><th>#</th><th>Pagina</th><th>Soort</th><th>Niveau</th><th>Passage (kernwoorden gemarkeerd)</th><th>Waarom</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function screenshotHtml(report: ReportData): string {
  const shot = report.screenshot;
  if (!shot || !/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(shot.dataUrl)) return '<p>Geen schermafbeelding gemaakt.</p>';
  return `<figure><img src="${shot.dataUrl}" alt="Schermafbeelding van ${escapeHtml(shot.url)}"><figcaption>${escapeHtml(shot.url)}, ${escapeHtml(dutchDateTime(shot.capturedAt))}</figcaption></figure>`;
}

export function toHtmlReport(report: ReportData): string {
  const site = escapeHtml(report.site.siteName);
  const rules = CATEGORIES.map((category) => `<p><strong>${escapeHtml(CATEGORY_NL[category])}.</strong> ${escapeHtml(RULE_NL[category])}</p>`).join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>schoolscan-rapport – ${site}</title><style>${REPORT_CSS}</style></head>
<body>
<h1>schoolscan-rapport: ${site}</h1>
<p class="meta">${escapeHtml(report.site.origin)} · gemaakt op ${escapeHtml(dutchDateTime(report.generatedAt))} (${escapeHtml(report.generatedAt)} UTC) · schoolscan ${escapeHtml(report.toolVersion)}</p>
<p class="notice">${escapeHtml(SIGNAL_NOT_VERDICT_NL)}</p>
<h2>Samenvatting</h2>${summaryHtml(report)}
<h2>Gevonden passages</h2>${findingsTable(report)}
<h2>Schermafbeelding</h2>${screenshotHtml(report)}
<h2>Melding (om te plakken)</h2><pre>${escapeHtml(toMelding(report))}</pre>
<h2>Waar kunt u dit melden?</h2><ul>${WHERE_TO_REPORT_NL.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>
<h2>De regels in het kort</h2>${rules}
</body></html>
`;
}
