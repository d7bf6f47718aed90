// How `schoolscan verify` prints its reports: one verdict line per finding (Dutch / English), then every
// problem named by file and record, then the total.
import { VERDICTS, VERIFY_WORDS } from './archive-words.ts';
import type { FindingVerdict, VerifyReport } from './verify-wacz.ts';

export function reportsPassed(reports: VerifyReport[]): boolean {
  return reports.every((r) => r.problems.length === 0 && r.findings.every((f) => f.verdict === 'found'));
}

export function formatReports(reports: VerifyReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    const { files, records, indexLines } = report.counts;
    out.push(`${report.subject}`);
    out.push(`  ${files} bestanden/files, ${records} records, ${indexLines} indexregels/index lines; ${signatureText(report)}`);
    for (const finding of report.findings) out.push(`  ${findingLine(finding)}`);
    for (const problem of report.problems) out.push(`  ✗ ${problem.file}${problem.record ? ` ${problem.record}` : ''}: ${problem.message}`);
  }
  const findings = reports.flatMap((r) => r.findings);
  const failed = findings.filter((f) => f.verdict !== 'found').length;
  const problems = reports.reduce((n, r) => n + r.problems.length, 0);
  const verdict = reportsPassed(reports) ? VERIFY_WORDS.ok : VERIFY_WORDS.failed;
  out.push('', `${verdict.nl} / ${verdict.en}: ${VERIFY_WORDS.summary(findings.length, failed, problems)}`, '');
  return out.join('\n');
}

function findingLine({ finding, verdict, source }: FindingVerdict): string {
  const mark = verdict === 'found' ? '✓' : '✗';
  const words = verdict === 'found' ? VERIFY_WORDS.ok : VERIFY_WORDS.failed;
  const passage = (finding.text ?? '').replace(/\s+/g, ' ').slice(0, 70);
  const record = finding.evidence?.archive?.recordId ?? '';
  return `${mark} ${words.nl} / ${words.en} [${source}] ${finding.level ?? '?'} ${finding.category ?? '?'} ${finding.url ?? ''} “${passage}”: ` +
    `${VERDICTS[verdict].nl} / ${VERDICTS[verdict].en}${record ? ` ${record}` : ''}`;
}

function signatureText(report: VerifyReport): string {
  if (report.signature === 'valid') return `${VERIFY_WORDS.signatureValid.nl} / ${VERIFY_WORDS.signatureValid.en}`;
  if (report.signature === 'absent') return `${VERIFY_WORDS.unsigned.nl} / ${VERIFY_WORDS.unsigned.en}`;
  return 'handtekening ongeldig / signature invalid';
}
