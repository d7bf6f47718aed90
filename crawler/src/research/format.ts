// Number formatting shared by the terminal tables and the Dutch report.

/** 0.1234 → "12.3%" (or "12,3%" in Dutch); undefined → "–". */
export function percent(value: number | undefined, lang: 'en' | 'nl' = 'en', digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const text = (value * 100).toFixed(digits);
  return `${lang === 'nl' ? text.replace('.', ',') : text}%`;
}

/** "[8.1–17.9%]" for an interval, "" when there is none. */
export function interval(low: number | undefined, high: number | undefined, lang: 'en' | 'nl' = 'en'): string {
  if (low === undefined || high === undefined) return '';
  return `[${percent(low, lang).replace('%', '')}–${percent(high, lang)}]`;
}

/** Plain-text table with left-aligned first column and right-aligned others. */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], indent = '  '): string {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => indent + r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n');
}
