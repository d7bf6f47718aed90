// Dutch wording of report.html, kept in one table rather than scattered through the markup.
import type { Category, Level } from '../../../shared/src/index.ts';
import type { SiteState } from '../store/records.ts';

export const NL = {
  title: 'schoolscan: bevindingen op schoolwebsites',
  disclaimer:
    'Een bevinding is een signaal voor een mens, geen oordeel. Lees de passage in haar context op de pagina ' +
    'voordat u conclusies trekt; de inspecteur, onderzoeker of ouder beslist.',
  generated: 'Gemaakt op',
  toolVersion: 'schoolscan-versie',
  overview: 'Overzicht',
  school: 'School',
  website: 'Website',
  state: 'Status',
  pages: "Pagina's",
  likely: 'Waarschijnlijk',
  review: 'Nakijken',
  errors: 'Fouten',
  totals: 'Totaal',
  sitesCrawled: 'websites',
  noFindings: 'Geen bevindingen op deze website.',
  reasons: 'Waarom',
  page: 'Pagina',
  pdfPage: 'pdf-pagina',
  score: 'score',
  capturedAt: 'vastgelegd (UTC)',
  contentHash: 'inhoud-hash (sha256)',
  screenshotAlt: 'Schermafbeelding van de pagina met de passage gemarkeerd',
  noScreenshot: 'geen schermafbeelding',
  bureauLinks: 'Links naar bijlesbureaus',
  bureauLinksIntro: 'Deze pagina’s van de school linken naar een commercieel bijles- of huiswerkbureau.',
  linkedFrom: 'op',
  failedPages: "Pagina's die niet gelezen konden worden",
  skippedPages: "Overgeslagen pagina's",
  reason: 'Reden',
  andMore: (n: number) => `en nog ${n} (zie pages.jsonl)`,
  locations: 'Vestigingen',
  whereToReport:
    'Signalen kunt u melden bij de Inspectie van het Onderwijs (Loket Onderwijs, 088-669 60 60). ' +
    'Ouders kunnen advies vragen bij Ouders & Onderwijs (088-605 01 01).',
  categories: {
    'commercial-tutoring': 'Reclame voor of verwijzing naar commerciële bijles en huiswerkbegeleiding',
    'mandatory-contribution': 'Ouderbijdrage of schoolkosten als verplicht voorgesteld',
  } satisfies Record<Category, string>,
  levels: { likely: 'waarschijnlijk', review: 'nakijken' } satisfies Record<Level, string>,
  siteStates: {
    pending: 'nog niet bezocht', running: 'onderbroken', finished: 'volledig', partial: 'gedeeltelijk (limiet bereikt)', failed: 'mislukt',
  } satisfies Record<SiteState, string>,
} as const;
