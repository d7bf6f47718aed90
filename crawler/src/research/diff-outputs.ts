// `diff` on the terminal and as files: diff.json (everything), schools.csv (one row per school ×
// category), findings.csv (one row per finding added, removed or still present) and pages.csv (vanished).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CATEGORIES } from '../../../shared/src/index.ts';
import type { CrawlFinding } from '../store/records.ts';
import { FLAG_CHANGES, type CrawlDiff, type SiteDiff } from './crawl-diff.ts';
import { textTable } from './format.ts';

const clip = (text: string, max = 110) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function diffText(diff: CrawlDiff): string {
  const s = diff.summary;
  const f = s.findings;
  const lines = [
    `Diff ${diff.old} → ${diff.new} (findings at level ${diff.minLevel}${diff.minLevel === 'review' ? ' or likely' : ''})`,
    `Schools: ${s.schools.inOld} in old, ${s.schools.inNew} in new, ${s.schools.comparable} crawled in both`,
    textTable(['', ...CATEGORIES], FLAG_CHANGES.map((k) => [k, ...CATEGORIES.map((c) => s.byCategory[c][k])])),
    `Findings: +${f.added} added, −${f.removed} removed, ${f.unchanged + f.edited + f.moved} still present ` +
      `(${f.unchanged} unchanged, ${f.edited} edited, ${f.moved} moved); ${s.vanishedPages} page(s) vanished`,
  ];
  const changed = diff.sites.filter((site) => site.added.length || site.removed.length || site.vanishedPages.length || site.still.some((p) => p.kind !== 'unchanged'));
  if (changed.length) lines.push('', 'Websites with a change:', ...changed.flatMap(siteLines));
  const schools = diff.schools.filter((school) => CATEGORIES.some((c) => school.change[c] === 'newly-flagged' || school.change[c] === 'became-clean'));
  if (schools.length) {
    lines.push('', 'Schools that became clean or newly flagged:');
    for (const school of schools) {
      const what = CATEGORIES.filter((c) => ['newly-flagged', 'became-clean'].includes(school.change[c])).map((c) => `${c} ${school.change[c]}`);
      lines.push(`  ${school.id}${school.name ? ` ${school.name}` : ''}: ${what.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function siteLines(site: SiteDiff): string[] {
  const finding = (mark: string, f: CrawlFinding) => `    ${mark} ${f.category}  ${f.url}${f.pdfPage ? ` p.${f.pdfPage}` : ''}\n        "${clip(f.text)}"`;
  return [
    `  ${site.siteId}${site.schools.length ? ` (${site.schools.join(', ')})` : ''}`,
    ...site.added.map((f) => finding('+ added  ', f)),
    ...site.removed.map((f) => finding('− removed', f)),
    ...site.still.filter((p) => p.kind !== 'unchanged').map((p) => finding(`= ${p.kind.padEnd(7)}`, p.new)),
    ...site.vanishedPages.map((url) => `    ✕ page gone  ${url}`),
  ];
}

function csv(header: string[], rows: (string | number | undefined)[][]): string {
  return stringify([header, ...rows.map((r) => r.map((v) => v ?? ''))]);
}

export function writeDiffOutputs(dir: string, diff: CrawlDiff): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'diff.json'), `${JSON.stringify(diff)}\n`);
  writeFileSync(join(dir, 'schools.csv'), csv(
    ['school_id', 'name', 'old_site_id', 'new_site_id', 'old_coverage', 'new_coverage', 'category', 'change'],
    diff.schools.flatMap((s) => CATEGORIES.map((c) => [s.id, s.name, s.oldSite, s.newSite, s.oldCoverage, s.newCoverage, c, s.change[c]])),
  ));
  const findingRow = (site: string, change: string, o?: CrawlFinding, n?: CrawlFinding, similarity?: number) =>
    [site, change, (n ?? o)!.category, o?.level, n?.level, o?.url, n?.url, similarity === undefined ? undefined : Math.round(similarity * 1000) / 1000, o?.text, n?.text];
  writeFileSync(join(dir, 'findings.csv'), csv(
    ['site_id', 'change', 'category', 'old_level', 'new_level', 'old_url', 'new_url', 'similarity', 'old_text', 'new_text'],
    diff.sites.flatMap((s) => [
      ...s.added.map((f) => findingRow(s.siteId, 'added', undefined, f)),
      ...s.removed.map((f) => findingRow(s.siteId, 'removed', f)),
      ...s.still.map((p) => findingRow(s.siteId, p.kind, p.old, p.new, p.similarity)),
    ]),
  ));
  writeFileSync(join(dir, 'pages.csv'), csv(['site_id', 'url', 'change'], diff.sites.flatMap((s) => s.vanishedPages.map((url) => [s.siteId, url, 'vanished']))));
}
