/**
 * Neutral default text for the pages every site has. Like the news pool, nothing here may be a
 * violation or a look-alike. Placeholders: {school}, {plaats}, {email}, {telefoon}.
 */
import type { Sector } from '../types.ts';

type BySector = Record<Sector, readonly (readonly string[])[]>;

/** Home page introductions: each entry is one variant (a list of paragraphs). */
export const HOME_INTRO: BySector = {
  po: [
    [
      'Welkom op de website van {school}! Wij zijn een school midden in de wijk, waar ruim tweehonderd kinderen elke dag met plezier leren, spelen en ontdekken.',
      'Op deze site vindt u nieuws uit de groepen, praktische informatie en de kalender. Kom gerust eens langs voor een rondleiding.',
    ],
    [
      'Fijn dat u een kijkje neemt bij {school} in {plaats}. Bij ons mag ieder kind zijn wie het is; we werken in kleine groepjes en hebben oog voor elkaar.',
      'Nieuwsgierig geworden? Maak een afspraak voor een kennismakingsgesprek met de directeur.',
    ],
    [
      '{school} is een kleurrijke basisschool met een groot groen schoolplein, een eigen moestuin en een leesplein in de hal.',
      'Wij vinden het belangrijk dat kinderen zelfstandig leren werken en samen verantwoordelijkheid nemen voor hun klas.',
    ],
  ],
  vo: [
    [
      'Welkom bij {school}. Op onze school krijg je de ruimte om te ontdekken waar je goed in bent, met docenten die je kennen en uitdagen.',
      'Hier vind je alles over onze opleidingen, de open dag, het rooster en het laatste nieuws.',
    ],
    [
      '{school} is een brede scholengemeenschap in {plaats}. Leerlingen volgen bij ons onderwijs op hun eigen niveau, met veel aandacht voor sport, cultuur en techniek.',
      'Ouders en leerlingen vinden op deze site praktische informatie; nieuwe leerlingen lezen alles over aanmelden.',
    ],
    [
      'Op {school} leer je meer dan vakken alleen. Je werkt aan projecten, gaat op excursie en zet je in voor de school en de stad.',
      'Kom kennismaken tijdens een van onze open lessen of de open dag.',
    ],
  ],
};

export const ABOUT: BySector = {
  po: [
    [
      'Onze school is opgericht in 1968 en telt nu negen groepen. Het team bestaat uit leerkrachten, onderwijsassistenten, een intern begeleider en een conciërge.',
      'We werken met heldere afspraken: we zijn zuinig op elkaar, op de spullen en op het gebouw. Elke groep maakt aan het begin van het jaar een eigen klassencontract.',
      'In de onderbouw leren kinderen spelenderwijs; vanaf groep 3 werken ze met een weektaak, zodat ze stap voor stap leren plannen.',
    ],
    [
      'Wij geloven dat kinderen het beste leren als ze zich veilig voelen. Daarom starten we elke dag met een kringgesprek en hebben we een vaste aanpak tegen pesten.',
      'Naast taal en rekenen krijgen wereldoriëntatie, muziek en techniek veel ruimte. Eens per maand is er een inloopochtend waarop ouders in de klas mogen kijken.',
    ],
    [
      'Onze school staat in een nieuwbouwwijk en deelt het gebouw met de kinderopvang en de peuterspeelzaal. Zo is er een doorgaande lijn van nul tot twaalf jaar.',
      'Het team bestaat uit zeventien collega’s. Samen zorgen we voor onderwijs dat past bij elk kind, met extra uitdaging voor wie dat nodig heeft.',
    ],
  ],
  vo: [
    [
      'Onze school telt ruim duizend leerlingen en honderd medewerkers. Iedere klas heeft een mentor die de leerlingen goed kent en contact houdt met thuis.',
      'We vinden het belangrijk dat leerlingen zelf keuzes leren maken. Daarom hebben zij vanaf de tweede klas keuzewerktijd in het rooster.',
      'Het gebouw is in 2019 helemaal vernieuwd, met moderne practicumlokalen, een open leercentrum en een grote aula.',
    ],
    [
      'Wij zijn een school waar leerlingen elkaar zien en gezien worden. Kleine teams van docenten begeleiden één leerjaar, zodat de lijnen kort zijn.',
      'Cultuur en sport spelen een grote rol: er zijn toneelvoorstellingen, een schoolband, toernooien en elk jaar een kunstweek.',
    ],
    [
      'De school is ontstaan uit een fusie van twee scholen in {plaats} en heeft nu twee locaties. In de onderbouw werken we met vakoverstijgende projecten.',
      'In de bovenbouw bereiden we leerlingen gedegen voor op het eindexamen en op hun vervolgopleiding, met begeleiding van de decanen.',
    ],
  ],
};

/** One sentence about the school's identity, by DUO denominatie. */
export const IDENTITY: Record<string, string> = {
  Openbaar: 'Als openbare school staan wij open voor alle kinderen, ongeacht hun achtergrond of geloof.',
  'Protestants-Christelijk': 'Wij zijn een christelijke school: we beginnen de dag met een verhaal of gebed en vieren samen de christelijke feesten.',
  'Rooms-Katholiek': 'Wij zijn een katholieke school en vieren de feesten van het kerkelijk jaar, met respect voor ieders achtergrond.',
  'Algemeen bijzonder': 'Onze school is algemeen bijzonder: we werken vanuit een eigen onderwijsvisie en staan open voor ieder kind.',
  Interconfessioneel: 'Als interconfessionele school besteden we aandacht aan verschillende levensbeschouwingen.',
  'Samenwerking Opb., PC': 'Wij zijn een samenwerkingsschool van openbaar en christelijk onderwijs; er is ruimte voor verschillende overtuigingen.',
  Antroposofisch: 'Onze school werkt vanuit de vrijeschoolpedagogiek, met veel aandacht voor ritme, kunst en seizoenen.',
  Bijzonder: 'Wij zijn een school voor bijzonder onderwijs en werken vanuit een gedeelde levensbeschouwelijke identiteit.',
  Overige: 'Onze school heeft een eigen onderwijsconcept en staat open voor iedere leerling.',
};

/** Default paragraphs of the standard pages, before any planted passage. */
export const STANDARD_TEXT: Record<'costs' | 'homework' | 'openday' | 'guide' | 'contact' | 'news', BySector> = {
  costs: {
    po: [
      [
        'Op deze pagina leest u meer over de bijdragen voor activiteiten zoals vieringen, excursies en de schoolreis.',
        'De hoogte en de besteding worden elk jaar met de medezeggenschapsraad besproken en staan in de schoolgids.',
      ],
    ],
    vo: [
      [
        'Het overzicht van de schoolkosten voor dit schooljaar staat ook in de schoolgids.',
        'Vragen over een rekening stelt u aan de financiële administratie via {email}.',
      ],
    ],
  },
  homework: {
    po: [
      [
        'Vanaf groep 6 krijgen kinderen af en toe huiswerk mee: een spreekbeurt voorbereiden, tafels oefenen of een werkstuk maken.',
        'Zo oefenen ze alvast met plannen voor de middelbare school. De leerkracht bespreekt het huiswerk altijd eerst in de klas.',
      ],
    ],
    vo: [
      [
        'In de brugklas helpt de mentor je met het plannen van je huiswerk. Alle opdrachten staan in de studiewijzer.',
        'Lukt het plannen niet? Bespreek het met je mentor, die samen met jou kijkt wat je nodig hebt.',
      ],
    ],
  },
  openday: {
    po: [
      [
        'Bent u op zoek naar een basisschool voor uw kind? U bent van harte welkom voor een rondleiding.',
        'Op woensdag 22 januari 2025 is er een open ochtend van 9.00 tot 11.30 uur. U kunt dan in alle groepen kijken en vragen stellen aan de leerkrachten.',
      ],
    ],
    vo: [
      [
        'Op zaterdag 1 februari 2025 is onze open dag, van 10.00 tot 14.00 uur. Leerlingen uit groep 8 kunnen meedoen aan minilessen en proefjes.',
        'Onze eigen leerlingen geven rondleidingen en vertellen hoe het echt is op school.',
      ],
    ],
  },
  guide: {
    po: [
      [
        'In de schoolgids leest u hoe ons onderwijs is georganiseerd, welke ondersteuning we bieden en hoe u met ons in contact komt.',
        'De gids wordt elk jaar vastgesteld met instemming van de medezeggenschapsraad.',
      ],
    ],
    vo: [
      [
        'De schoolgids beschrijft onze opleidingen, de begeleiding, de regels en de praktische zaken van dit schooljaar.',
        'Heeft u vragen over de inhoud? Neem contact op met de teamleider van uw kind.',
      ],
    ],
  },
  contact: {
    po: [['U kunt de school op werkdagen bellen van 8.00 tot 16.30 uur, of mailen naar {email}. Ziekmelden kan tot 8.15 uur via {telefoon}.']],
    vo: [['De receptie is op schooldagen bereikbaar van 7.45 tot 16.30 uur via {telefoon} of {email}. Afwezigheid meldt u vóór 8.00 uur.']],
  },
  news: {
    po: [['Hier leest u de laatste berichten uit de groepen en van het team.']],
    vo: [['Het laatste nieuws van school: activiteiten, resultaten en mededelingen.']],
  },
};

/** Default text of the optional extra pages. */
export const EXTRA_TEXT: Record<string, readonly string[]> = {
  team: [
    'Ons team bestaat uit leerkrachten, onderwijsassistenten, een intern begeleider, een administratief medewerker en een conciërge.',
    'Wilt u een leerkracht spreken? Loop na schooltijd even binnen of stuur een bericht via de ouderapp.',
  ],
  vakanties: [
    'Herfstvakantie: 19 tot en met 27 oktober 2024. Kerstvakantie: 21 december 2024 tot en met 5 januari 2025.',
    'Voorjaarsvakantie: 15 tot en met 23 februari 2025. Meivakantie: 26 april tot en met 4 mei 2025. Zomervakantie: 12 juli tot en met 24 augustus 2025.',
    'Daarnaast zijn er enkele studiedagen; die staan in de kalender in de ouderapp.',
  ],
  mr: [
    'De medezeggenschapsraad (MR) bestaat uit ouders en medewerkers. De MR denkt mee over het beleid van de school en heeft instemmingsrecht op onder meer de schoolgids.',
    'De vergaderingen zijn openbaar. De notulen vindt u op deze pagina.',
  ],
  ouderraad: [
    'De ouderraad helpt bij het organiseren van feesten, sportdagen en vieringen. Zonder de inzet van ouders zouden veel activiteiten niet doorgaan.',
    'Wilt u meehelpen? De ouderraad komt ongeveer zes keer per jaar bij elkaar.',
  ],
  inschrijven: [
    'Wilt u uw kind aanmelden? Vraag eerst een kennismakingsgesprek aan; daarna ontvangt u het aanmeldformulier.',
    'Kinderen kunnen vanaf drie jaar worden aangemeld. Na de aanmelding heeft de school zes weken om te beoordelen of we uw kind de juiste plek kunnen bieden.',
  ],
  tso: [
    'Alle kinderen eten tussen de middag op school, samen met de leerkracht of met overblijfkrachten.',
    'Geef uw kind een gezonde lunch en iets te drinken mee. Snoep laten we liever thuis.',
  ],
  gym: [
    'De kinderen van groep 3 tot en met 8 krijgen twee keer per week gymles van een vakleerkracht in de sporthal naast de school.',
    'De kleuters bewegen elke dag, buiten of in het speellokaal.',
  ],
  schoolreis: [
    'Elk jaar gaan de groepen op schoolreis: de kleuters dicht bij huis, de oudere groepen naar een pretpark of een museum. Groep 8 sluit af met een kamp.',
    'De bestemming en de vertrektijden hoort u uiterlijk drie weken van tevoren.',
  ],
  leesclub: [
    'Lezen vinden we heel belangrijk. In elke groep is een leeshoek en in de hal staat de schoolbibliotheek.',
    'Kinderen mogen elke week twee boeken mee naar huis nemen.',
  ],
  tto: [
    'In de tweetalige stroom krijgen leerlingen de helft van de lessen in het Engels. Ze halen in de bovenbouw het internationale certificaat.',
    'Tweetalig onderwijs is er op havo en vwo. Leerlingen gaan in de tweede klas op uitwisseling.',
  ],
  sportklas: [
    'In de sportklas krijgen leerlingen in de onderbouw vier extra uren sport per week, met clinics van verenigingen uit de regio.',
    'Je kunt je bij de aanmelding opgeven voor de sportklas.',
  ],
  technasium: [
    'In het Technasium werken leerlingen in teams aan echte opdrachten van bedrijven en instellingen, van een speeltuin ontwerpen tot een waterfilter bouwen.',
    'Het vak onderzoek & ontwerpen staat vanaf de brugklas in het rooster.',
  ],
  decanaat: [
    'De decanen helpen leerlingen bij het kiezen van een profiel en een vervolgopleiding.',
    'Open dagen van hogescholen en universiteiten vind je in de agenda van het decanaat.',
  ],
  examens: [
    'Het examenreglement en het programma van toetsing en afsluiting (PTA) staan op deze pagina.',
    'Het centraal examen begint in mei; het rooster volgt na de kerstvakantie.',
  ],
  leerlingenraad: [
    'De leerlingenraad vertegenwoordigt alle leerlingen en praat mee over zaken die leerlingen aangaan, zoals het rooster en de regels in de aula.',
    'Lid worden? Elk jaar in september zijn er verkiezingen.',
  ],
  huiswerkcafe: [
    'Na de lessen kun je in het open leercentrum rustig werken aan je huiswerk.',
    'Er staan computers en printers, en de mediathecaris helpt je de weg te vinden.',
  ],
  ondersteuning: [
    'Sommige leerlingen hebben extra ondersteuning nodig, bijvoorbeeld bij dyslexie, faalangst of plannen. De ondersteuningscoördinator kijkt samen met de mentor wat past.',
    'In het schoolondersteuningsprofiel leest u welke ondersteuning de school kan bieden.',
  ],
  laptop: [
    'In de lessen werken leerlingen deels op papier en deels op een laptop. In de brugklas leren ze hoe ze bestanden veilig opslaan en hun mail bijhouden.',
    'Problemen met de laptop? Kom langs bij de ICT-balie in de hal.',
  ],
  werkweek: [
    'In het vierde leerjaar gaan alle klassen op werkweek. De bestemmingen wisselen per jaar: Berlijn, de Ardennen of Londen.',
    'Het programma en de paklijst krijgt u op de ouderavond in december.',
  ],
  intranet: [
    'Deze omgeving is alleen bedoeld voor medewerkers. Log in met uw schoolaccount.',
  ],
  archief: [
    'In het archief vindt u oudere berichten en nieuwsbrieven.',
  ],
  privacy: [
    'Wij gaan zorgvuldig om met de gegevens van leerlingen en ouders. In de privacyverklaring leest u welke gegevens we vastleggen en waarom.',
    'Foto’s van kinderen plaatsen we alleen met toestemming van de ouders.',
  ],
};

export interface GuideChapter {
  title: string;
  paragraphs: Record<Sector, readonly string[]>;
}

/** Chapters of the school guide PDF, in order. Page 1 is the cover, page 2 the table of contents. */
export const GUIDE_CHAPTERS: readonly GuideChapter[] = [
  {
    title: 'Een woord vooraf',
    paragraphs: {
      po: [
        'Beste ouders en verzorgers, in deze schoolgids leest u hoe wij op {school} werken en wat u van ons mag verwachten.',
        'De gids is bedoeld voor ouders van onze huidige leerlingen en voor ouders die een school zoeken. We hopen dat u hem met plezier leest.',
      ],
      vo: [
        'Beste ouders, verzorgers en leerlingen, deze schoolgids geeft een overzicht van het onderwijs en de organisatie van {school}.',
        'Op onze website vindt u actuele informatie; de gids verschijnt één keer per schooljaar.',
      ],
    },
  },
  {
    title: 'Onze school',
    paragraphs: {
      po: [
        '{school} ligt in {plaats} en heeft ongeveer tweehonderd leerlingen in negen groepen.',
        'We werken aan drie kernwaarden: vertrouwen, verantwoordelijkheid en nieuwsgierigheid.',
      ],
      vo: [
        '{school} is een school voor voortgezet onderwijs in {plaats}.',
        'We bieden onderwijs waarin leerlingen kennis opdoen, hun talenten ontdekken en leren samenwerken.',
      ],
    },
  },
  {
    title: 'Ons onderwijs',
    paragraphs: {
      po: [
        'In de groepen 1 en 2 leren kinderen spelend. Vanaf groep 3 staan lezen, schrijven en rekenen centraal, naast wereldoriëntatie en creatieve vakken.',
        'We volgen de ontwikkeling van de kinderen met observaties en toetsen, en bespreken die drie keer per jaar met ouders.',
      ],
      vo: [
        'De lessen duren vijftig minuten. In de onderbouw werken leerlingen ook aan vakoverstijgende projecten.',
        'In de bovenbouw volgen leerlingen het programma van toetsing en afsluiting (PTA) van hun profiel.',
      ],
    },
  },
  {
    title: 'Ondersteuning',
    paragraphs: {
      po: [
        'De intern begeleider coördineert de zorg voor kinderen die meer nodig hebben, in overleg met ouders en leerkrachten.',
        'Bij vragen over ontwikkeling of gedrag werken we samen met het samenwerkingsverband en het wijkteam.',
      ],
      vo: [
        'Iedere leerling heeft een mentor. De ondersteuningscoördinator zorgt voor extra begeleiding waar dat nodig is.',
        'Onze school maakt deel uit van het samenwerkingsverband passend onderwijs in de regio.',
      ],
    },
  },
  {
    title: 'Ouders en school',
    paragraphs: {
      po: [
        'Wij vinden een goed contact met ouders belangrijk. U ontvangt elke twee weken een nieuwsbrief en kunt altijd een afspraak maken met de leerkracht.',
        'Ouders helpen bij activiteiten en zijn vertegenwoordigd in de medezeggenschapsraad en de ouderraad.',
      ],
      vo: [
        'Ouders kunnen cijfers en aanwezigheid van hun kind volgen via de ouderportal.',
        'Er zijn ouderavonden per leerjaar en een ouderpanel dat meedenkt over het beleid.',
      ],
    },
  },
  {
    title: 'Schoolkosten',
    paragraphs: {
      po: ['In dit hoofdstuk vindt u informatie over bijdragen voor activiteiten buiten het lesprogramma.'],
      vo: ['In dit hoofdstuk vindt u een overzicht van de kosten die bij het schooljaar horen.'],
    },
  },
  {
    title: 'Schooltijden en vakanties',
    paragraphs: {
      po: [
        'Alle groepen hebben les van maandag tot en met vrijdag van 8.30 tot 14.15 uur. De deuren gaan om 8.20 uur open.',
        'De vakanties en studiedagen staan op de website en in de ouderapp.',
      ],
      vo: [
        'Het eerste uur begint om 8.30 uur. Roosterwijzigingen staan in de rooster-app.',
        'De vakanties volgen de regio-indeling van het ministerie.',
      ],
    },
  },
  {
    title: 'Veiligheid en privacy',
    paragraphs: {
      po: [
        'Wij hebben een veiligheidsplan met afspraken over pesten, ontruiming en toezicht op het plein.',
        'Persoonsgegevens gebruiken we alleen voor het onderwijs en de begeleiding van uw kind.',
      ],
      vo: [
        'De school heeft een anti-pestcoördinator en een vertrouwenspersoon voor leerlingen.',
        'In het privacyreglement staat welke gegevens de school bewaart en hoe lang.',
      ],
    },
  },
  {
    title: 'Klachten',
    paragraphs: {
      po: [
        'Heeft u een klacht, bespreek die dan eerst met de leerkracht en daarna met de directeur.',
        'Komen we er samen niet uit, dan kunt u terecht bij de landelijke klachtencommissie waarbij het bestuur is aangesloten.',
      ],
      vo: [
        'Klachten bespreekt u eerst met de betrokkene, daarna met de teamleider of de rector.',
        'De klachtenregeling staat op de website.',
      ],
    },
  },
  {
    title: 'Resultaten',
    paragraphs: {
      po: [
        'Aan het eind van groep 8 maken de kinderen de doorstroomtoets. Onze resultaten liggen de laatste jaren boven het landelijk gemiddelde.',
        'Op Scholen op de kaart vindt u meer cijfers over onze school.',
      ],
      vo: [
        'Het slagingspercentage lag vorig jaar op havo en vwo boven de negentig procent.',
        'Meer cijfers vindt u op Scholen op de kaart.',
      ],
    },
  },
];
