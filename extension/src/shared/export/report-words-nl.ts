// Dutch words of the exported report and the melding. They stay Dutch whatever the UI language,
// because they are written for the Inspectie and for Ouders & Onderwijs.
import type { Category, Level } from '../types.ts';

export const CATEGORY_NL: Record<Category, string> = {
  'commercial-tutoring': 'Reclame voor of verwijzing naar betaalde bijles of huiswerkbegeleiding',
  'mandatory-contribution': 'Ouderbijdrage of schoolkosten als verplicht voorgesteld',
};

export const LEVEL_NL: Record<Level, string> = {
  likely: 'waarschijnlijk',
  review: 'nakijken',
};

/** Why each category matters, in a sentence or two, with the rule it rests on. */
export const RULE_NL: Record<Category, string> = {
  'commercial-tutoring':
    'Scholen horen geen betaalde bijles-, huiswerk- of examentrainingsbureaus aan te prijzen, te huisvesten of ouders ernaar door te verwijzen. '
    + 'Extra ondersteuning hoort de school zelf te regelen, gratis voor elke leerling (brief van OCW, PO-Raad en VO-raad aan de schoolbesturen, 29 juni 2023).',
  'mandatory-contribution':
    'De ouderbijdrage is vrijwillig (Wet vrijwillige ouderbijdrage, sinds 1 augustus 2021). Geen leerling mag worden uitgesloten of anders behandeld als ouders niet betalen, '
    + 'en wat nodig is om het onderwijs te volgen (zoals lesboeken en licenties) mag niet in rekening worden gebracht.',
};

export const SIGNAL_NOT_VERDICT_NL =
  'Dit is een signaal en geen oordeel: schoolscan markeert tekst die lijkt op wat de regels verbieden. Een mens moet beoordelen of het echt zo is.';

export const WHERE_TO_REPORT_NL = [
  'Inspectie van het Onderwijs: via het contactformulier op onderwijsinspectie.nl of Loket Onderwijsinspectie, 088 669 60 60. De Inspectie neemt een melding op in het dossier van de school.',
  'Ouders & Onderwijs: advies voor ouders en meldpunt schoolkosten, oudersenonderwijs.nl of 088 605 01 01.',
];

const DATE_FORMAT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** "3 oktober 2025 om 14:05" in Dutch time. */
export function dutchDateTime(iso: string): string {
  return DATE_FORMAT.format(new Date(iso)).replace(/,?\s(\d{1,2}:\d{2})$/, ' om $1');
}

export function dutchScore(score: number): string {
  return score.toFixed(2).replace('.', ',');
}
