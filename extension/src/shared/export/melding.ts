// The "melding": a Dutch text a parent can paste into the Inspectie's contact form or an e-mail to
// Ouders & Onderwijs as it is. School, addresses, time, passages and reasons; a signal, not a verdict.
import { CATEGORIES } from '../../../../shared/src/index.ts';
import type { ReportData } from '../types.ts';
import { exportRows, triggerText } from './export-rows.ts';
import { CATEGORY_NL, dutchDateTime, dutchScore, LEVEL_NL, RULE_NL } from './report-words-nl.ts';

const MAX_PASSAGE_CHARS = 600;

function shorten(text: string): string {
  return text.length <= MAX_PASSAGE_CHARS ? text : `${text.slice(0, MAX_PASSAGE_CHARS - 1)}…`;
}

export function meldingSubject(report: ReportData): string {
  return `Melding over de website van ${report.site.siteName}: mogelijk strijdig met de regels voor scholen`;
}

export function toMelding(report: ReportData): string {
  const rows = exportRows(report);
  const categories = CATEGORIES.filter((category) => rows.some((row) => row.finding.category === category));
  const lines: string[] = [
    `Onderwerp: ${meldingSubject(report)}`,
    '',
    'Geachte heer, mevrouw,',
    '',
    `Op de website van ${report.site.siteName} (${report.site.origin}) staan teksten die mogelijk niet passen bij de regels voor scholen. `
      + `Ik heb ze op ${dutchDateTime(report.generatedAt)} gevonden met het hulpmiddel schoolscan (versie ${report.toolVersion}). `
      + 'Het gaat om een signaal, niet om een oordeel; ik vraag u de passages zelf te beoordelen.',
    '',
  ];
  if (categories.length > 0) {
    lines.push('Waar het om gaat:');
    for (const category of categories) lines.push(`- ${CATEGORY_NL[category]}. ${RULE_NL[category]}`);
    lines.push('');
  }
  lines.push(rows.length === 0 ? 'Er zijn geen passages gevonden.' : `Gevonden passages (${rows.length}):`, '');
  for (const { number, page, finding } of rows) {
    lines.push(
      `${number}. ${page.title ? `${page.title} – ` : ''}${finding.url ?? page.url}`,
      `   Soort: ${CATEGORY_NL[finding.category]} (${LEVEL_NL[finding.level]}, score ${dutchScore(finding.score)})`,
      `   Tekst: "${shorten(finding.text)}"`,
      `   Kernwoorden: "${triggerText(finding)}"`,
      `   Waarom: ${finding.reasons.join('; ') || '–'}`,
      `   Gezien op: ${dutchDateTime(finding.foundAt)} (${finding.foundAt} UTC)`,
      '',
    );
  }
  const pages = report.pages.map((page) => `- ${page.url}`);
  lines.push('Bekeken pagina\'s:', ...pages, '');
  if (report.screenshot) lines.push(`Een schermafbeelding van ${report.screenshot.url} (${dutchDateTime(report.screenshot.capturedAt)}) staat in het bijgevoegde rapport.`, '');
  lines.push('Met vriendelijke groet,', '', '[uw naam]', '[uw e-mailadres of telefoonnummer]', '[eventueel: ouder of verzorger van een leerling van deze school]');
  return `${lines.join('\n')}\n`;
}
