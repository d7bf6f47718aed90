/**
 * Neutral news items that fill the sites. None of them may read as a violation or as a look-alike:
 * planted passages live in the site data, not here. Placeholders: {school}, {plaats}.
 */

export interface FillerNews {
  title: string;
  /** Month (1-12) the item belongs to; it is dated in the school year up to mid-March 2025. */
  month: number;
  paragraphs: string[];
}

export const PO_NEWS: readonly FillerNews[] = [
  {
    title: 'Kinderboekenweek van start',
    month: 10,
    paragraphs: [
      'Woensdag opende groep 8 de Kinderboekenweek met een toneelstukje in de gymzaal. In alle groepen staan de boekenkisten van de bibliotheek klaar en er wordt volop voorgelezen.',
      'Op vrijdag 11 oktober is er na schooltijd een boekenruilmarkt op het plein. Kinderen mogen twee boeken meebrengen en ruilen; wat overblijft, gaat naar de kringloopwinkel.',
    ],
  },
  {
    title: 'Weer schoolfruit in de klas',
    month: 10,
    paragraphs: [
      'Vanaf november krijgen alle kinderen op dinsdag, woensdag en donderdag een stuk groente of fruit in de klas. De leveringen lopen tot en met april.',
      'Op die dagen hoeft u dus geen fruit mee te geven voor de ochtendpauze. Een boterham en iets te drinken voor de lunch blijven natuurlijk wel nodig.',
    ],
  },
  {
    title: 'Sinterklaas bezoekt {school}',
    month: 11,
    paragraphs: [
      'Op donderdag 5 december verwachten we de Sint en zijn pieten rond half negen op het schoolplein. Ouders zijn van harte welkom om bij de aankomst te kijken.',
      'De kinderen van groep 5 tot en met 8 maken surprises voor elkaar. De lootjes worden op maandag 18 november in de klas getrokken.',
    ],
  },
  {
    title: 'Het schoolplein is vernieuwd',
    month: 9,
    paragraphs: [
      'Het plein aan de achterkant heeft een flinke opknapbeurt gekregen. Er staan nu een klimrek, een duikelstang en twee moestuinbakken, bedacht samen met de leerlingenraad.',
      'Dank aan alle vaders, moeders, opa’s en oma’s die twee zaterdagen hebben meegeholpen met tegels leggen en planten.',
    ],
  },
  {
    title: 'Studiedag op maandag 17 maart',
    month: 3,
    paragraphs: [
      'Op maandag 17 maart zijn alle kinderen vrij vanwege een studiedag van het team. We werken die dag aan onze nieuwe aanpak voor begrijpend lezen.',
      'De buitenschoolse opvang is die dag gewoon open. Aanmelden gaat via uw eigen opvangorganisatie.',
    ],
  },
  {
    title: 'Koningsspelen: sporten na een gezond ontbijt',
    month: 4,
    paragraphs: [
      'Op vrijdag 11 april doen we mee aan de Koningsspelen. De dag begint met een gezamenlijk ontbijt in de klas; daarna zijn er spelonderdelen op het veld naast de school.',
      'Wilt u een spelletje begeleiden? Geef het door aan de leerkracht van uw kind, dan krijgt u een week van tevoren het draaiboek.',
    ],
  },
  {
    title: 'Luizencontrole na de vakantie',
    month: 1,
    paragraphs: [
      'Na elke vakantie kijken de luizenouders alle kinderen na op hoofdluis. Dat gebeurt op de eerste woensdag na de vakantie.',
      'Vindt u zelf luizen of neten bij uw kind? Meld het bij de leerkracht, dan controleren we de groep een week later nog eens.',
    ],
  },
  {
    title: 'Groep 7 geslaagd voor verkeersexamen',
    month: 3,
    paragraphs: [
      'Alle kinderen van groep 7 zijn geslaagd voor het theoretisch verkeersexamen. Op 14 april volgt het praktijkexamen, een fietsroute door de wijk.',
      'Wilt u samen met uw kind nakijken of de fiets in orde is? Op 7 april is er een fietscontrole op het plein, met hulp van de wijkagent.',
    ],
  },
  {
    title: 'Nieuwe juf in groep 4',
    month: 12,
    paragraphs: [
      'Na de kerstvakantie start juf Sanne in groep 4. Zij neemt het werk over van juf Marieke, die met zwangerschapsverlof gaat.',
      'Juf Sanne werkte hiervoor op een school in de buurt en heeft veel zin om de kinderen te leren kennen. Ze stelt zich deze week met een brief aan u voor.',
    ],
  },
  {
    title: 'Voorleesontbijt in pyjama',
    month: 1,
    paragraphs: [
      'Tijdens de Nationale Voorleesdagen kwamen de kleuters in pyjama naar school. Opa’s, oma’s en de wethouder van {plaats} lazen voor in de groepen 1 tot en met 4.',
      'Het prentenboek van dit jaar was zo’n succes dat het nu in elke kleuterklas in de leeshoek ligt.',
    ],
  },
  {
    title: 'Rapportgesprekken in februari',
    month: 1,
    paragraphs: [
      'In de week van 10 februari zijn de rapportgesprekken. U kunt vanaf maandag een tijdstip kiezen in de ouderapp.',
      'Kinderen uit groep 6, 7 en 8 zijn welkom bij het gesprek. Zij vertellen dan zelf waar ze trots op zijn en waar ze nog aan willen werken.',
    ],
  },
  {
    title: 'Projectweken rond water',
    month: 2,
    paragraphs: [
      'Drie weken lang werken alle groepen aan het project Water. Groep 2 bouwt een sluis in de zandtafel en groep 7 onderzoekt de waterkwaliteit van de vijver achter de school.',
      'Op donderdag 20 februari is de afsluiting: vanaf 14.30 uur kunt u de werkstukken in de klassen bekijken.',
    ],
  },
  {
    title: 'Tweede plaats bij het schoolschaaktoernooi',
    month: 11,
    paragraphs: [
      'Het schaakteam van groep 6 is tweede geworden op het schoolschaaktoernooi van {plaats}. Vooral de eindspelen gingen goed.',
      'Heeft uw kind zin om te leren schaken? Op vrijdagmiddag is er in de bibliotheek van de wijk een jeugdclub.',
    ],
  },
  {
    title: 'Musical groep 8: de kaartverkoop begint',
    month: 6,
    paragraphs: [
      'De musical van groep 8 heet dit jaar “Kapitein Kraai en de verloren schat”. De voorstellingen zijn op dinsdag 8 en woensdag 9 juli in de aula.',
      'Elk gezin kan vier toegangskaarten reserveren via de leerkracht. Zijn er daarna nog plaatsen over, dan melden we dat in de nieuwsbrief.',
    ],
  },
  {
    title: 'Gevonden voorwerpen',
    month: 3,
    paragraphs: [
      'De bak met gevonden voorwerpen puilt uit: jassen, bekers, gymschoenen en zelfs een fietshelm. Tot de meivakantie ligt alles op een tafel in de hal.',
      'Wat daarna nog over is, brengen we naar een goed doel. Zet de naam van uw kind op beker, trommel en jas, dan komt alles vanzelf terug.',
    ],
  },
  {
    title: 'Een leesplein in de centrale hal',
    month: 9,
    paragraphs: [
      'In de centrale hal is een leesplein ingericht met zitzakken, een leeskast en meer dan zeshonderd nieuwe boeken.',
      'Elke ochtend lezen de groepen 4 tot en met 8 een kwartier op het leesplein. De boeken zijn gekozen door de leescoördinator en de kinderen zelf.',
    ],
  },
  {
    title: 'Sportdag op de atletiekbaan',
    month: 6,
    paragraphs: [
      'De groepen 5 tot en met 8 hadden op 26 juni een sportdag op de atletiekbaan van {plaats}. Er werd gesprint, verspringen en een estafette gelopen.',
      'Het weer zat mee en de limonade ging er goed in. Dank aan de atletiekvereniging voor het gebruik van de baan.',
    ],
  },
  {
    title: 'Kerstviering en kerstdiner',
    month: 12,
    paragraphs: [
      'De kerstviering is op donderdag 19 december van 17.30 tot 19.00 uur. Alle groepen eten samen in hun eigen klas.',
      'Terwijl de kinderen eten, zingt het schoolkoor op het plein en is er warme chocolademelk voor ouders.',
    ],
  },
  {
    title: 'Veilig naar school',
    month: 9,
    paragraphs: [
      'Rond de school is het ’s ochtends erg druk met auto’s. Wilt u zoveel mogelijk lopend of met de fiets komen?',
      'Parkeer niet in de kiss-and-ride-zone, maar zet uw kind daar alleen af. Zo houden we het voor iedereen overzichtelijk.',
    ],
  },
  {
    title: 'Plek vrij in de medezeggenschapsraad',
    month: 9,
    paragraphs: [
      'In de oudergeleding van de medezeggenschapsraad komt een plek vrij. De MR vergadert zes keer per jaar en praat mee over onder meer het schoolplan en de begroting.',
      'Interesse? Meld u vóór 1 oktober bij de voorzitter. Zijn er meer kandidaten, dan volgen verkiezingen.',
    ],
  },
  {
    title: 'Groep 6 op bezoek bij de brandweer',
    month: 10,
    paragraphs: [
      'Als afsluiting van het thema Veiligheid ging groep 6 op bezoek bij de brandweerkazerne van {plaats}. De kinderen mochten in de ladderwagen zitten en met de slang spuiten.',
      'Thuis een brandoefening doen? De brandweer gaf de kinderen een stappenplan mee dat u samen kunt doorlopen.',
    ],
  },
  {
    title: 'Nieuwe methode voor rekenen',
    month: 9,
    paragraphs: [
      'Na een jaar proberen heeft het team gekozen voor een nieuwe rekenmethode. Vanaf groep 3 werken de kinderen met een combinatie van schriften en oefenen op de chromebook.',
      'Op de informatieavond in september laten de leerkrachten zien hoe een rekenles er nu uitziet.',
    ],
  },
];

export const VO_NEWS: readonly FillerNews[] = [
  {
    title: 'Brugklaskamp: drie dagen Ommen',
    month: 9,
    paragraphs: [
      'De brugklassers zijn drie dagen op kamp geweest in Ommen. Met kanoën, een dropping en een bonte avond hebben de klassen elkaar goed leren kennen.',
      'De mentoren kijken terug op een geslaagd kamp. Foto’s staan vanaf volgende week in de fotogalerij op de leerlingenportal.',
    ],
  },
  {
    title: 'Voorlichtingsavond profielkeuze',
    month: 12,
    paragraphs: [
      'In januari kiezen de leerlingen van havo 3 en vwo 3 hun profiel. Op dinsdag 14 januari is er een voorlichtingsavond voor leerlingen en ouders in de aula.',
      'De decanen lichten de vier profielen toe en vertellen welke vakken nodig zijn voor vervolgopleidingen.',
    ],
  },
  {
    title: 'Debatteam wint regionale finale',
    month: 2,
    paragraphs: [
      'Een team van vwo 5 heeft de regionale finale van het scholierendebat gewonnen. De stelling was of sociale media een minimumleeftijd moeten krijgen.',
      'In maart debatteren zij in Den Haag om de landelijke titel.',
    ],
  },
  {
    title: 'Tweede toetsweek van start',
    month: 1,
    paragraphs: [
      'Van 27 januari tot en met 3 februari is de tweede toetsweek. Het toetsrooster staat in de studiewijzer en in het leerlingvolgsysteem.',
      'Tijdens de toetsweek is de mediatheek een stiltezone. Ziek tijdens een toets? Laat je ouders je vóór 8.00 uur afmelden bij de verzuimcoördinator.',
    ],
  },
  {
    title: 'Nieuwe fietsenstalling in gebruik',
    month: 9,
    paragraphs: [
      'Na de zomer is de nieuwe overdekte fietsenstalling in gebruik genomen, met plaats voor ruim negenhonderd fietsen.',
      'De oude stalling langs de sporthal wordt omgebouwd tot een buitenlokaal voor biologie.',
    ],
  },
  {
    title: 'De nieuwe leerlingenraad is gekozen',
    month: 10,
    paragraphs: [
      'Twaalf leerlingen uit alle leerjaren vormen dit jaar de leerlingenraad. Ze denken mee over het rooster, de kantine en de inrichting van de aula.',
      'Heb je een idee voor de school? De leerlingenraad heeft een ideeënbus bij de conciërge.',
    ],
  },
  {
    title: 'Expositie eindexamenwerk beeldende vorming',
    month: 11,
    paragraphs: [
      'In de aula hangen tot de kerstvakantie de eindexamenwerken van de leerlingen beeldende vorming. Het thema was “grenzen”.',
      'Op donderdag 12 december is er een feestelijke opening om 16.00 uur; familie is welkom.',
    ],
  },
  {
    title: 'Bezoek uit Valencia',
    month: 10,
    paragraphs: [
      'Twintig leerlingen van havo 4 ontvingen een week lang hun uitwisselingspartners uit Valencia. Samen bezochten ze het stadhuis en een watersportcentrum.',
      'In april gaat de groep zelf naar Spanje voor het tegenbezoek.',
    ],
  },
  {
    title: 'Kerstgala groot succes',
    month: 12,
    paragraphs: [
      'Het kerstgala op 19 december was een groot succes. De feestcommissie van de leerlingenraad had de aula omgetoverd tot een winterlandschap.',
      'Dank aan alle docenten die tot laat bleven om mee te helpen.',
    ],
  },
  {
    title: 'Schoolterrein rookvrij, ook voor vapes',
    month: 9,
    paragraphs: [
      'Sinds 1 augustus is het hele schoolterrein rookvrij. Dat geldt ook voor e-sigaretten en vapes.',
      'We vragen ouders om dit thuis te bespreken. Wie hulp wil bij stoppen, kan terecht bij de schoolverpleegkundige.',
    ],
  },
  {
    title: 'Telefoons blijven in de tas',
    month: 9,
    paragraphs: [
      'Tijdens de lessen blijven mobiele telefoons uit en in de tas, tenzij de docent ze voor een opdracht nodig heeft.',
      'In de pauzes mag de telefoon wel gebruikt worden in de aula. De eerste maanden zien we al meer leerlingen samen een spel doen.',
    ],
  },
  {
    title: 'Proeflessen voor groep 8',
    month: 1,
    paragraphs: [
      'Op woensdagmiddag 12 februari kunnen leerlingen uit groep 8 proeflessen volgen. Ze maken kennis met vakken als Frans, techniek en drama.',
      'Aanmelden kan via het formulier op de pagina Aanmelden. Ouders kunnen die middag een kop koffie drinken in de kantine.',
    ],
  },
  {
    title: 'Sportdag onderbouw',
    month: 4,
    paragraphs: [
      'Op de laatste dag voor de meivakantie had de onderbouw sportdag. Er werd gevoetbald, gebeachvolleybald en geklommen in de klimhal.',
      'Klas 2C won het klassenklassement, met een nipte voorsprong op 1A.',
    ],
  },
  {
    title: 'Diploma-uitreiking',
    month: 7,
    paragraphs: [
      'Op 4 juli ontvingen de geslaagden hun diploma in de aula. Leerlingen hielden zelf een toespraak over hun jaren op {school}.',
      'We wensen alle oud-leerlingen veel succes bij hun vervolgopleiding.',
    ],
  },
  {
    title: 'Bètadag met profielwerkstukken',
    month: 2,
    paragraphs: [
      'Tijdens de bètadag presenteerden de leerlingen van vwo 5 hun profielwerkstukken aan jury’s uit het bedrijfsleven en de universiteit.',
      'De prijs voor het beste onderzoek ging naar een werkstuk over microplastics in de rivier bij {plaats}.',
    ],
  },
  {
    title: 'Mentorgesprekken in november',
    month: 11,
    paragraphs: [
      'In de week van 18 november voeren de mentoren gesprekken met alle leerlingen en hun ouders. Een tijdstip kiest u via de ouderportal.',
      'Bereid het gesprek samen met uw kind voor: wat gaat goed, en waar zou het meer hulp bij willen?',
    ],
  },
  {
    title: 'Havo 4 in het Rijksmuseum',
    month: 3,
    paragraphs: [
      'Havo 4 bezocht met de sectie geschiedenis het Rijksmuseum in Amsterdam. De leerlingen zochten in groepjes bronnen bij het tijdvak van de regenten en vorsten.',
      'Terug op school maakten zij er een korte presentatie over.',
    ],
  },
  {
    title: 'Stageweken vmbo 4',
    month: 2,
    paragraphs: [
      'De leerlingen van vmbo 4 hebben twee weken stage gelopen bij bedrijven en instellingen in {plaats} en omgeving, van garagebedrijf tot kinderdagverblijf.',
      'De stagebegeleiders waren zeer te spreken over de inzet van onze leerlingen.',
    ],
  },
  {
    title: 'Gezonde kantine',
    month: 10,
    paragraphs: [
      'Onze kantine heeft opnieuw de zilveren schaal van het Voedingscentrum gekregen. Er is elke dag soep, volkorenbrood en fruit.',
      'De kantinecommissie van de leerlingenraad proeft nieuwe producten mee voordat ze in het assortiment komen.',
    ],
  },
  {
    title: 'Lessen vervallen door storm',
    month: 1,
    paragraphs: [
      'Vanwege code oranje vervallen morgen de lessen na het vijfde uur. Leerlingen die ver fietsen, mogen eerder naar huis.',
      'Toetsen die vervallen, worden ingehaald volgens het rooster dat de toetscoördinator volgende week publiceert.',
    ],
  },
  {
    title: 'Vijftig jaar {school}',
    month: 9,
    paragraphs: [
      'Dit jaar bestaat {school} vijftig jaar. In mei is er een reünie voor oud-leerlingen en oud-medewerkers.',
      'Heeft u nog foto’s van vroeger? Het jubileumcomité hoort het graag.',
    ],
  },
  {
    title: 'Kerstactie voor de voedselbank',
    month: 12,
    paragraphs: [
      'Leerlingen hebben in twee weken meer dan veertienhonderd producten verzameld voor de voedselbank van {plaats}.',
      'Klas 3B haalde het meest op en mag kiezen waar het klassenuitje naartoe gaat.',
    ],
  },
];
