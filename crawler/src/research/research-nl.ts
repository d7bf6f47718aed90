// Dutch wording of the research section of report.html, in one table.
import type { Category } from '../../../shared/src/index.ts';
import type { CoverageState } from './school-units.ts';

export const RESEARCH_NL = {
  heading: 'Onderzoek: hoe vaak komt het voor?',
  units:
    'Eenheden. Een school is één vestiging uit het DUO-register; scholen die één website delen, krijgen elk mee wat op die ' +
    'website is gevonden. Een website is één gecrawlde site. Een aandeel telt scholen met minstens één bevinding ' +
    '“waarschijnlijk”, van de scholen waarvan de website (helemaal of deels) is gelezen. Tussen haken: 95%-betrouwbaarheidsinterval (Wilson).',
  bounds:
    'Slechtste en beste geval: elke school uit de populatie die niet gelezen kon worden, telt als gemarkeerd (slechtste) of als schoon (beste). ' +
    'Zo blijft de non-respons zichtbaar.',
  signal: 'Een markering is een signaal voor een mens, geen oordeel. De gecorrigeerde schatting gebruikt de handmatige controle hieronder.',
  sampleNote: (drawn: number, population: number, seed: string, strata: string) =>
    `Steekproef: ${drawn} van ${population} scholen, gestratificeerd naar ${strata || 'niets'} met evenredige toewijzing (seed ${seed}). ` +
    'De aandelen gelden als schatting voor het hele register.',
  censusNote: 'Alle scholen uit de seed-bestanden zijn gecrawld (geen steekproef).',
  coverage: 'Dekking',
  coverageRows: {
    population: 'In de populatie', withWebsite: 'Met website', reached: 'Bereikt (noemer)', full: 'Helemaal gecrawld',
    partial: 'Deels gecrawld (limiet bereikt)', failed: 'Mislukt', notCrawled: 'Nog niet gecrawld', noWebsite: 'Zonder website',
  },
  coverageStates: {
    'no-website': 'zonder website', 'not-crawled': 'nog niet gecrawld', failed: 'mislukt', partial: 'deels', full: 'helemaal',
  } satisfies Record<CoverageState, string>,
  schools: 'Scholen',
  websites: 'Websites',
  prevalence: 'Aandeel gemarkeerde scholen',
  group: 'Groep',
  population: 'Populatie',
  crawled: 'Gelezen',
  flagged: 'Gemarkeerd',
  share: 'Aandeel',
  ci: '95%-interval',
  bestWorst: 'Beste–slechtste geval',
  all: 'Alle scholen',
  allWebsites: 'Alle websites',
  byGroup: (dimension: string) => `Per ${dimension.toLowerCase()}`,
  chartCaption: 'Punt: aandeel; lijn: 95%-interval; lichte balk: van beste tot slechtste geval; tussen haakjes: aantal gelezen scholen.',
  short: { 'commercial-tutoring': 'bijles', 'mandatory-contribution': 'ouderbijdrage' } satisfies Record<Category, string>,
  map: 'Kaart van de scholen',
  mapCaption: (shown: number, total: number) => `${shown} van ${total} scholen met coördinaten (DUO-adresbestand, geocodering BAG).`,
  mapLegend: {
    0: 'niet gelezen', 1: 'gelezen, geen markering', 2: 'bijles', 3: 'ouderbijdrage', 4: 'beide',
  } as Record<0 | 1 | 2 | 3 | 4, string>,
  noMap: 'Geen kaart: geef `schoolscan stats --geo scholen.geo.zip` voor coördinaten.',
  validation: 'Handmatige controle en gecorrigeerde schatting',
  validationIntro: (labelled: number, items: number) =>
    `${labelled} van ${items} getrokken controle-items zijn beoordeeld. Per categorie is een aselecte steekproef van gemarkeerde en niet-gemarkeerde scholen bekeken.`,
  noValidation: 'Nog geen handmatige controle: `schoolscan sample-review MAP`, dan `schoolscan review MAP`.',
  precision: 'Precisie (gemarkeerd en terecht)',
  missRate: 'Gemist (niet gemarkeerd maar wel raak)',
  raw: 'Ruw aandeel',
  corrected: 'Gecorrigeerd aandeel',
  bootstrap: (replicates: number) => `percentiel-bootstrap, ${replicates} herhalingen`,
  reviewedCounts: (flagged: number, clean: number, unsure: number) => `${flagged} gemarkeerd, ${clean} niet gemarkeerd beoordeeld; ${unsure} twijfel`,
  manifest: 'Herhaalbaarheid',
  manifestRows: {
    tool: 'schoolscan-versie', commit: 'commit', model: 'model (sha256)', seeds: 'seed-bestand', period: 'crawl (UTC)', options: 'opties',
  },
  change: 'Verandering sinds de vorige crawl',
  changeIntro: (old: string) => `Alleen scholen die in beide crawls gelezen zijn. Vorige crawl: ${old}. Details per school: schoolscan diff.`,
  paired: 'Scholen in beide',
  before: 'Toen gemarkeerd',
  after: 'Nu gemarkeerd',
  newlyFlagged: 'Nieuw gemarkeerd',
  becameClean: 'Niet meer gemarkeerd',
  mcnemar: 'McNemar p (exact)',
  unknown: 'onbekend',
} as const;
