// One flat row per finding, in page order, shared by the JSON, CSV, HTML and melding exports.
import type { PageFinding, PageRecord, ReportData } from '../types.ts';
import { pageFindings } from '../types.ts';

export interface ExportRow {
  number: number;
  page: PageRecord;
  finding: PageFinding;
}

const LEVEL_ORDER = { likely: 0, review: 1 } as const;

export function exportRows(report: ReportData): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const page of report.pages) {
    const findings = pageFindings(page).sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.score - a.score);
    for (const finding of findings) rows.push({ number: rows.length + 1, page, finding });
  }
  return rows;
}

/** A file name stem such as `schoolscan-school.example-2025-10-03`. */
export function exportFileStem(report: ReportData): string {
  const host = (() => {
    try {
      return new URL(report.site.origin).hostname;
    } catch {
      return 'site';
    }
  })();
  return `schoolscan-${host.replace(/[^a-z0-9.-]/gi, '_')}-${report.generatedAt.slice(0, 10)}`;
}

export function triggerText(finding: PageFinding): string {
  return finding.text.slice(finding.span.start, finding.span.end);
}
