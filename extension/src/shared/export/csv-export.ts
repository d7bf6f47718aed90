// CSV export (RFC 4180, UTF-8 with BOM so spreadsheet programs read the accents right). Cells that
// a spreadsheet would run as a formula are defused with a leading apostrophe.
import type { ReportData } from '../types.ts';
import { exportRows, triggerText } from './export-rows.ts';

const COLUMNS = [
  'number', 'url', 'page_title', 'category', 'level', 'score', 'passage', 'trigger', 'reasons', 'rule_ids',
  'locator', 'quote_prefix', 'quote_exact', 'quote_suffix', 'captured_at',
] as const;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(report: ReportData): string {
  const lines = [COLUMNS.join(',')];
  for (const { number, page, finding } of exportRows(report)) {
    const cells: (string | number)[] = [
      number, finding.url ?? page.url, page.title, finding.category, finding.level, finding.score.toFixed(2), finding.text,
      triggerText(finding), finding.reasons.join(' | '), finding.ruleIds.join(' '), finding.locator ?? '',
      finding.quote.prefix, finding.quote.exact, finding.quote.suffix, finding.foundAt,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
