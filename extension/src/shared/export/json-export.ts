// JSON export: findings in the contract's shape plus W3C text-quote selectors, so each one can be
// found again on the page later.
import type { ReportData } from '../types.ts';
import { exportRows } from './export-rows.ts';
import { SIGNAL_NOT_VERDICT_NL } from './report-words-nl.ts';

export function toJson(report: ReportData): string {
  const findings = exportRows(report).map(({ finding }) => ({
    category: finding.category,
    level: finding.level,
    score: finding.score,
    text: finding.text,
    span: finding.span,
    reasons: finding.reasons,
    ruleIds: finding.ruleIds,
    url: finding.url,
    locator: finding.locator,
    pageTitle: finding.pageTitle,
    capturedAt: finding.foundAt,
    selector: [finding.quote, { type: 'CssSelector', value: finding.locator ?? '' }],
    triggerSelector: finding.trigger,
  }));
  const document = {
    tool: 'schoolscan-extension',
    toolVersion: report.toolVersion,
    generatedAt: report.generatedAt,
    notice: SIGNAL_NOT_VERDICT_NL,
    site: { name: report.site.siteName, origin: report.site.origin },
    pages: report.pages.map((page) => ({ url: page.url, title: page.title, firstScanAt: page.firstScanAt, lastScanAt: page.lastScanAt })),
    screenshot: report.screenshot ? { url: report.screenshot.url, capturedAt: report.screenshot.capturedAt } : null,
    findings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
