// The report page: what was found on the site in this session, the exports as downloads, and the
// melding text to copy. The exports themselves are Dutch; this page follows the UI language.
import { categoryLabel, formatScore, formatTime, levelLabel, localize, t } from '../../shared/i18n.ts';
import { sendFromUi } from '../../shared/messaging.ts';
import { toCsv } from '../../shared/export/csv-export.ts';
import { exportFileStem, exportRows } from '../../shared/export/export-rows.ts';
import { toHtmlReport } from '../../shared/export/html-report.ts';
import { toJson } from '../../shared/export/json-export.ts';
import { toMelding } from '../../shared/export/melding.ts';
import type { ReportData } from '../../shared/types.ts';
import { byId, el } from '../common/dom.ts';
import { passageElement } from '../common/passage.ts';
import { targetTabId } from '../common/target-tab.ts';

function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function renderFindings(report: ReportData): void {
  const rows = exportRows(report).map(({ number, page, finding }) =>
    el(
      'tr',
      { 'data-finding-id': finding.id },
      el('td', {}, String(number)),
      el('td', { class: 'page' }, page.title || '', el('br'), el('span', { class: 'url' }, finding.url ?? page.url)),
      el('td', {}, categoryLabel(finding.category)),
      el('td', {}, levelLabel(finding.level), el('br'), t('scoreLabel', [formatScore(finding.score)])),
      el('td', {}, passageElement(finding, 400)),
      el('td', {}, el('ul', {}, ...finding.reasons.map((reason) => el('li', {}, reason)))),
    ));
  byId('findings').querySelector('tbody')!.replaceChildren(...rows);
}

function renderScreenshot(report: ReportData): void {
  const shot = report.screenshot;
  byId('screenshot').hidden = !shot;
  byId('no-screenshot').hidden = !!shot;
  if (!shot) return;
  const image = byId<HTMLImageElement>('screenshot-img');
  image.src = shot.dataUrl;
  image.alt = `${t('screenshotTitle')}: ${shot.url}`;
  byId('screenshot-caption').textContent = `${shot.url}, ${formatTime(shot.capturedAt)}`;
}

function wireActions(report: ReportData): void {
  const stem = exportFileStem(report);
  byId('download-json').addEventListener('click', () => download(`${stem}.json`, 'application/json', toJson(report)));
  byId('download-csv').addEventListener('click', () => download(`${stem}.csv`, 'text/csv;charset=utf-8', toCsv(report)));
  byId('download-html').addEventListener('click', () => download(`${stem}.html`, 'text/html;charset=utf-8', toHtmlReport(report)));
  byId('print').addEventListener('click', () => window.print());
  byId('copy-melding').addEventListener('click', async () => {
    const text = byId<HTMLTextAreaElement>('melding').value;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      byId<HTMLTextAreaElement>('melding').select();
      document.execCommand('copy');
    }
    byId('copy-status').textContent = t('copied');
  });
}

async function main(): Promise<void> {
  localize(document);
  const tabId = await targetTabId();
  const report = tabId === null ? null : await sendFromUi('ui/get-report', { tabId });
  if (!report) {
    byId('no-data').hidden = false;
    byId('actions').hidden = true;
    return;
  }
  byId('site-name').textContent = report.site.siteName;
  byId('site-meta').textContent = `${report.site.origin} · ${formatTime(report.generatedAt)} · schoolscan ${report.toolVersion}`;
  byId<HTMLTextAreaElement>('melding').value = toMelding(report);
  renderFindings(report);
  renderScreenshot(report);
  wireActions(report);
  document.body.dataset.ready = 'true';
}

void main();
