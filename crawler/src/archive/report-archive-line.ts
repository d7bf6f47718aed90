// The report's line under each finding that was archived: when the page was captured, which WACZ holds it and
// how to open that offline in ReplayWeb.page, and the WARC record the passage was read from.
import { html, raw, safeHref, type Raw } from '../report/html.ts';
import type { CrawlFinding } from '../store/records.ts';
import { fileSafe, WACZ_DIR } from './archive-layout.ts';
import { REPORT_ARCHIVE } from './archive-words.ts';

const REPLAYWEB_PAGE = 'https://replayweb.page/';

export function archiveLine(finding: CrawlFinding): Raw | string {
  const copy = finding.evidence?.archive;
  if (!copy) return '';
  const wacz = `${WACZ_DIR}/${fileSafe(finding.siteId)}.wacz`;
  return html`<div class="muted archive">${REPORT_ARCHIVE.viewAsItWas} ${readableTime(copy.timestamp)}: <a href="${wacz}">${wacz}</a>,
 ${REPORT_ARCHIVE.openIn} <a href="${raw(safeHref(REPLAYWEB_PAGE))}">ReplayWeb.page</a> ${REPORT_ARCHIVE.howTo}
 · ${REPORT_ARCHIVE.recordId} <code>${copy.recordId}</code> ${REPORT_ARCHIVE.inFile} <code>${copy.warcFile}</code></div>`;
}

/** 20260302101112 → 2026-03-02 10:11:12 UTC */
function readableTime(ts: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(ts);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]} UTC` : ts;
}
