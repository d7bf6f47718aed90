/**
 * Turns a SiteSpec into concrete pages for one version of the web: paths in the site's URL style,
 * menu labels, news items with dates, the school guide's chapters, and every planted passage in place.
 * Everything is seeded by the site id, so a version always builds the same site.
 */
import { ABOUT, EXTRA_TEXT, GUIDE_CHAPTERS, HOME_INTRO, IDENTITY, STANDARD_TEXT } from './content/page-texts.ts';
import { PO_NEWS, VO_NEWS, type FillerNews } from './content/news-pool.ts';
import { seededRandom, type Random } from './random.ts';
import type { PageKey, PathStyle, PlantSpec, SiteSpec, StandardPageKey } from './spec.ts';
import { fillPlaceholders, slugify, stripEmphasis, type Placeholders } from './text.ts';
import type { Sector } from './types.ts';

/** An internal link target; `host` absent means the site's canonical host. */
export interface InternalTarget {
  host?: string;
  path: string;
}
export type LinkTarget = InternalTarget | { external: string };

export interface LinkItem {
  target: LinkTarget;
  text: string;
  note?: string;
}

export type ContentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; highlight?: boolean }
  | { kind: 'links'; items: LinkItem[]; style: 'news' | 'plain' | 'download' | 'pager' }
  | { kind: 'address' };

export type PageKind = 'home' | 'standard' | 'extra' | 'news-item' | 'news-index' | 'subdomain' | 'search';

export interface BuiltPage {
  host: string;
  /** Percent-encoded path with query, as a client requests it. */
  path: string;
  key: string;
  kind: PageKind;
  title: string;
  blocks: ContentBlock[];
  /** Served as an empty app shell; the content only appears after the inline script runs. */
  spa: boolean;
  /** Linked from other pages (false: only in the sitemap). */
  linked: boolean;
  inSitemap: boolean;
  disallowed: boolean;
  /** Serve this page for any query string on its path (search results). */
  anyQuery: boolean;
  /** ISO date for news items. */
  date?: string;
  changedInV2: boolean;
}

export interface NavEntry {
  label: string;
  target?: InternalTarget;
  children: { label: string; target: InternalTarget }[];
}

export interface ResolvedPlant {
  spec: PlantSpec;
  /** The passage as it stands in this version (markers kept). */
  text: string;
  host: string;
  path: string;
  pdfPage?: number;
  rendered: boolean;
  offLimits: boolean;
}

export interface GuideChapterPage {
  title: string;
  paragraphs: string[];
}

export interface BuiltSite {
  spec: SiteSpec;
  version: 1 | 2;
  host: string;
  /** The www/non-www twin of the canonical host; answers 301. */
  alias: string;
  email: string;
  placeholders: Placeholders;
  pages: BuiltPage[];
  nav: NavEntry[];
  footerLinks: LinkItem[];
  guide: { path: string; title: string; chapters: GuideChapterPage[]; changedInV2: boolean };
  plants: ResolvedPlant[];
  brokenLinks: string[];
  /** Paths that existed in version 1 and answer 404 now. */
  removedPages: InternalTarget[];
}

const SCHOOL_YEAR = '2024-2025';
const NEWS_PER_INDEX_PAGE = 10;

const LABEL_CHOICES: Record<PageKey, Record<Sector, readonly string[]>> = {
  home: { po: ['Home'], vo: ['Home'] },
  about: { po: ['Over ons', 'Onze school', 'Wie zijn wij'], vo: ['Over ons', 'Onze school', 'Visie en missie'] },
  news: { po: ['Nieuws', 'Actueel', 'Nieuwsberichten'], vo: ['Nieuws', 'Actueel'] },
  costs: { po: ['Ouderbijdrage', 'Schoolkosten', 'Kosten'], vo: ['Schoolkosten', 'Ouderbijdrage', 'Kosten en bijdragen'] },
  homework: { po: ['Huiswerk', 'Leren en huiswerk'], vo: ['Huiswerkbegeleiding', 'Huiswerkklas', 'Studiebegeleiding'] },
  openday: { po: ['Kennismaken', 'Open ochtend', 'Rondleiding'], vo: ['Open dag', 'Open huis', 'Kennismaken'] },
  guide: { po: ['Schoolgids', 'Documenten'], vo: ['Schoolgids', 'Downloads'] },
  contact: { po: ['Contact', 'Contact en route'], vo: ['Contact', 'Bereikbaarheid'] },
  team: { po: ['Ons team', 'Team'], vo: ['Medewerkers', 'Ons team'] },
  vakanties: { po: ['Vakanties', 'Vakantierooster'], vo: ['Vakanties', 'Vakantierooster'] },
  mr: { po: ['Medezeggenschapsraad', 'MR'], vo: ['Medezeggenschapsraad', 'MR'] },
  ouderraad: { po: ['Ouderraad', 'Oudervereniging'], vo: ['Ouderraad'] },
  inschrijven: { po: ['Aanmelden', 'Inschrijven'], vo: ['Aanmelden', 'Inschrijven'] },
  tso: { po: ['Overblijven', 'Tussenschoolse opvang'], vo: ['Pauzes'] },
  gym: { po: ['Gymlessen', 'Bewegingsonderwijs'], vo: ['Lichamelijke opvoeding'] },
  schoolreis: { po: ['Schoolreis en kamp', 'Uitstapjes'], vo: ['Excursies'] },
  leesclub: { po: ['Lezen', 'Bibliotheek'], vo: ['Mediatheek'] },
  tto: { po: ['Engels'], vo: ['Tweetalig onderwijs', 'TTO'] },
  sportklas: { po: ['Sport'], vo: ['Sportklas'] },
  technasium: { po: ['Techniek'], vo: ['Technasium'] },
  decanaat: { po: ['Naar het vo'], vo: ['Decanaat', 'Loopbaanbegeleiding'] },
  examens: { po: ['Toetsen'], vo: ['Examens', 'Examenreglement'] },
  leerlingenraad: { po: ['Leerlingenraad'], vo: ['Leerlingenraad'] },
  huiswerkcafe: { po: ['Huiswerkhoek'], vo: ['Huiswerkcafé', 'Studiecentrum'] },
  ondersteuning: { po: ['Ondersteuning'], vo: ['Extra ondersteuning', 'Leerlingbegeleiding'] },
  laptop: { po: ['ICT'], vo: ['Laptop en ICT', 'Devices'] },
  werkweek: { po: ['Kamp'], vo: ['Werkweek', 'Reizen en excursies'] },
  privacy: { po: ['Privacy'], vo: ['Privacy'] },
  intranet: { po: ['Intranet'], vo: ['Intranet (medewerkers)'] },
};

/** Menu groups, in menu order. */
const NAV_GROUPS: readonly { label: Record<Sector, string>; keys: readonly PageKey[]; nestedDir: Record<Sector, string> }[] = [
  { label: { po: 'Onze school', vo: 'Over de school' }, keys: ['about', 'team', 'mr', 'leerlingenraad'], nestedDir: { po: 'school', vo: 'organisatie' } },
  {
    label: { po: 'Onderwijs', vo: 'Onderwijs' },
    keys: ['homework', 'huiswerkcafe', 'ondersteuning', 'tto', 'sportklas', 'technasium', 'examens', 'decanaat', 'gym', 'leesclub'],
    nestedDir: { po: 'onderwijs', vo: 'leerlingen' },
  },
  { label: { po: 'Ouders', vo: 'Ouders' }, keys: ['costs', 'guide', 'ouderraad', 'tso', 'schoolreis', 'werkweek', 'laptop', 'vakanties'], nestedDir: { po: 'ouders', vo: 'ouders' } },
  { label: { po: 'Aanmelden', vo: 'Aanmelden' }, keys: ['openday', 'inschrijven'], nestedDir: { po: 'aanmelden', vo: 'aanmelden' } },
];

/** Pages that sit at the top level even in the nested URL style. */
const TOP_LEVEL: ReadonlySet<PageKey> = new Set(['home', 'about', 'news', 'contact', 'privacy']);

const INTRANET_PATH = '/intranet/mededelingen';
const SEARCH_PATH = '/zoeken';

export function aliasOf(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : `www.${host}`;
}

export function formatPhone(digits: string): string {
  const threeDigitAreas = ['010', '013', '015', '020', '023', '024', '026', '030', '033', '035', '036', '038', '040', '043', '045', '046', '050', '053', '055', '058', '070', '071', '072', '073', '074', '075', '076', '077', '078', '079'];
  const areaLength = threeDigitAreas.includes(digits.slice(0, 3)) ? 3 : 4;
  return `${digits.slice(0, areaLength)}-${digits.slice(areaLength)}`;
}

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/** The sites stand still on 14 March 2025; a news item of month M falls in the school year up to then. */
const SCHOOL_YEAR_MONTHS = [9, 10, 11, 12, 1, 2, 3];

function dateInSchoolYear(month: number | undefined, random: Random): string {
  const m = month ?? random.pick(SCHOOL_YEAR_MONTHS);
  const year = m <= 3 ? 2025 : 2024;
  const day = 1 + random.int(m === 3 ? 14 : 28);
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isStandard(key: PageKey): key is StandardPageKey {
  return ['home', 'about', 'news', 'costs', 'homework', 'openday', 'guide', 'contact'].includes(key);
}

function groupOf(key: PageKey): (typeof NAV_GROUPS)[number] | undefined {
  return NAV_GROUPS.find((group) => group.keys.includes(key));
}

/** Path of a standard or extra page in the site's URL style. */
function pagePath(style: PathStyle, sector: Sector, key: PageKey, slug: string): string {
  if (key === 'home') return '/';
  if (key === 'intranet') return INTRANET_PATH;
  switch (style) {
    case 'nested': {
      const group = groupOf(key);
      return TOP_LEVEL.has(key) || !group ? `/${slug}` : `/${group.nestedDir[sector]}/${slug}`;
    }
    case 'wordpress':
      return `/${slug}/`;
    case 'cms-query':
      return `/index.php?page=${slug}`;
    case 'html-files':
      return `/${slug}.html`;
  }
}

function newsItemPath(style: PathStyle, newsSlug: string, itemSlug: string, iso: string, id: number): string {
  switch (style) {
    case 'nested':
      return `/${newsSlug}/${itemSlug}`;
    case 'wordpress':
      return `/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${itemSlug}/`;
    case 'cms-query':
      return `/index.php?page=${newsSlug}&id=${id}`;
    case 'html-files':
      return `/${newsSlug}/${itemSlug}.html`;
  }
}

function newsIndexPath(style: PathStyle, firstPage: string, pageNumber: number): string {
  if (pageNumber === 1) return firstPage;
  switch (style) {
    case 'wordpress':
      return `${firstPage}page/${pageNumber}/`;
    case 'cms-query':
      return `${firstPage}&pagina=${pageNumber}`;
    default:
      return `${firstPage}?pagina=${pageNumber}`;
  }
}

function guidePdfPath(style: PathStyle): string {
  switch (style) {
    case 'nested':
      return `/documenten/schoolgids-${SCHOOL_YEAR}.pdf`;
    case 'wordpress':
      return `/wp-content/uploads/2024/08/Schoolgids-${SCHOOL_YEAR}.pdf`;
    case 'cms-query':
      return `/files/schoolgids_${SCHOOL_YEAR}.pdf`;
    case 'html-files':
      return `/downloads/Schoolgids%20${SCHOOL_YEAR}.pdf`;
  }
}

function chooseLabel(spec: SiteSpec, key: PageKey, random: Random): string {
  return spec.labels?.[key] ?? random.pick(LABEL_CHOICES[key][spec.sector]);
}

function paragraphs(texts: readonly string[], values: Placeholders): ContentBlock[] {
  return texts.map((text) => ({ kind: 'paragraph', text: fillPlaceholders(text, values) }));
}

/** Whether a plant is part of the given version, and its text there. */
function plantInVersion(plant: PlantSpec, version: 1 | 2): string | null {
  if (plant.v2 === 'add') return version === 2 ? plant.text : null;
  if (plant.v2 === 'remove') return version === 1 ? plant.text : null;
  if (plant.v2 && version === 2) {
    if (!plant.text.includes(plant.v2.before)) throw new Error(`edit does not apply to: ${plant.text}`);
    return plant.text.replace(plant.v2.before, plant.v2.after);
  }
  return plant.text;
}

function matchesDisallow(path: string, disallow: readonly string[]): boolean {
  return disallow.some((rule) => rule !== '' && path.startsWith(rule));
}

export function buildSite(spec: SiteSpec, version: 1 | 2): BuiltSite {
  const random = seededRandom(`site:${spec.id}`);
  const bareHost = spec.host.replace(/^www\./, '');
  const email = `info@${bareHost}`;
  const primary = spec.locations[0];
  const placeholders: Placeholders = {
    school: spec.name,
    plaats: spec.plaats,
    email,
    telefoon: formatPhone(primary.telefoon),
  };
  const sector = spec.sector;
  const disallow = spec.robots.style === 'rules' ? spec.robots.disallow ?? [] : [];

  const pages: BuiltPage[] = [];
  const pageByKey = new Map<string, BuiltPage>();
  const addPage = (page: Omit<BuiltPage, 'host' | 'spa' | 'linked' | 'inSitemap' | 'disallowed' | 'anyQuery' | 'changedInV2'> & Partial<BuiltPage>): BuiltPage => {
    const full: BuiltPage = {
      host: spec.host,
      spa: false,
      linked: true,
      inSitemap: true,
      anyQuery: false,
      changedInV2: false,
      ...page,
      disallowed: page.disallowed ?? matchesDisallow(page.path, disallow),
    };
    if (pages.some((other) => other.host === full.host && other.path === full.path)) {
      throw new Error(`${spec.id}: two pages at ${full.path}`);
    }
    pages.push(full);
    pageByKey.set(full.key, full);
    return full;
  };

  // Labels and paths of every page the site has.
  const keys: PageKey[] = [
    ...(['home', 'about', 'news', 'costs', 'homework', 'openday', 'guide', 'contact'] as const).filter(
      (key) => !spec.omit?.includes(key as 'homework' | 'openday'),
    ),
    ...spec.extras,
  ];
  const labels = new Map<PageKey, string>(keys.map((key) => [key, chooseLabel(spec, key, random)]));
  const paths = new Map<PageKey, string>(
    keys.map((key) => [key, pagePath(spec.pathStyle, sector, key, slugify(labels.get(key)!))]),
  );
  const target = (key: PageKey): InternalTarget => ({ path: paths.get(key)! });
  const guidePath = guidePdfPath(spec.pathStyle);

  // News: filler items plus one item per planted `news:` passage, newest first.
  const activePlants = spec.plants
    .map((plant) => ({ plant, text: plantInVersion(plant, version) }))
    .filter((entry): entry is { plant: PlantSpec; text: string } => entry.text !== null);
  const pool: readonly FillerNews[] = sector === 'po' ? PO_NEWS : VO_NEWS;
  if (spec.newsCount > pool.length) throw new Error(`${spec.id}: newsCount above the pool size ${pool.length}`);
  type NewsDraft = { title: string; paragraphs: string[]; month?: number; plantTitle?: string };
  const newsDrafts: NewsDraft[] = random.shuffle(pool).slice(0, spec.newsCount).map((item) => ({
    title: fillPlaceholders(item.title, placeholders),
    month: item.month,
    paragraphs: item.paragraphs.map((text) => fillPlaceholders(text, placeholders)),
  }));
  for (const plant of spec.plants) {
    const title = plant.at.startsWith('news:') ? plant.at.slice(5) : undefined;
    if (title && !newsDrafts.some((draft) => draft.plantTitle === title)) newsDrafts.push({ title, paragraphs: [], month: plant.month, plantTitle: title });
  }
  const newsSlug = slugify(labels.get('news')!);
  const allNewsItems = newsDrafts
    .map((draft) => ({ ...draft, date: dateInSchoolYear(draft.month, random) }))
    .sort((x, y) => y.date.localeCompare(x.date) || x.title.localeCompare(y.title))
    .map((draft, index, sorted) => ({ ...draft, path: newsItemPath(spec.pathStyle, newsSlug, slugify(draft.title), draft.date, 100 + sorted.length - index) }));
  // Every planted title is drafted in every version (so dates and paths never shift between versions);
  // a planted item whose passages are all absent in this version does not exist.
  const activeNewsTitles = new Set(activePlants.filter(({ plant }) => plant.at.startsWith('news:')).map(({ plant }) => plant.at.slice(5)));
  const newsItems = allNewsItems.filter((item) => !item.plantTitle || activeNewsTitles.has(item.plantTitle));
  const removedNewsTitle = version === 2 ? spec.v2RemovedNews : undefined;
  const removedPages: InternalTarget[] = [];

  // Home.
  const homeIntro = random.pick(HOME_INTRO[sector]);
  const homeBlocks: ContentBlock[] = [
    ...paragraphs(homeIntro, placeholders),
    { kind: 'heading', text: 'Laatste nieuws' },
    {
      kind: 'links',
      style: 'news',
      items: newsItems.slice(0, 3).map((item) => ({ target: { path: item.path }, text: item.title, note: dutchDate(item.date) })),
    },
  ];
  const quickLinks: LinkItem[] = [];
  if (paths.has('openday')) quickLinks.push({ target: target('openday'), text: labels.get('openday')! });
  quickLinks.push({ target: { path: guidePath }, text: `Schoolgids ${SCHOOL_YEAR} (PDF)` });
  if (spec.linksToSite) quickLinks.push({ target: { host: spec.linksToSite.host, path: '/' }, text: spec.linksToSite.text });
  homeBlocks.push({ kind: 'heading', text: 'Snel naar' }, { kind: 'links', style: 'plain', items: quickLinks });
  addPage({ path: '/', key: 'home', kind: 'home', title: 'Home', blocks: homeBlocks });

  // Standard pages.
  const standardBlocks = (key: Exclude<StandardPageKey, 'home'>): ContentBlock[] => {
    switch (key) {
      case 'about':
        return [
          ...paragraphs(random.pick(ABOUT[sector]), placeholders),
          { kind: 'paragraph', text: IDENTITY[spec.denominatie] ?? IDENTITY.Overige },
        ];
      case 'contact':
        return [{ kind: 'address' }, ...paragraphs(random.pick(STANDARD_TEXT.contact[sector]), placeholders)];
      case 'guide':
        return [
          ...paragraphs(random.pick(STANDARD_TEXT.guide[sector]), placeholders),
          {
            kind: 'links',
            style: 'download',
            items: [{ target: { path: guidePath }, text: `Schoolgids ${SCHOOL_YEAR}`, note: `PDF, ${spec.guidePages} pagina’s` }],
          },
        ];
      case 'news':
        return paragraphs(random.pick(STANDARD_TEXT.news[sector]), placeholders);
      default:
        return paragraphs(random.pick(STANDARD_TEXT[key][sector]), placeholders);
    }
  };
  for (const key of keys) {
    if (key === 'home') continue;
    const label = labels.get(key)!;
    const blocks = isStandard(key) ? standardBlocks(key) : paragraphs(EXTRA_TEXT[key], placeholders);
    addPage({
      path: paths.get(key)!,
      key,
      kind: isStandard(key) ? 'standard' : 'extra',
      title: label,
      blocks,
      spa: spec.spa?.includes(key) ?? false,
      linked: !spec.sitemapOnly?.includes(key),
      inSitemap: key !== 'intranet',
    });
  }

  // News index pages and news items.
  const indexPageCount = Math.max(1, Math.ceil(newsItems.length / NEWS_PER_INDEX_PAGE));
  const newsIndex = pageByKey.get('news')!;
  const indexPaths = Array.from({ length: indexPageCount }, (_, i) => newsIndexPath(spec.pathStyle, newsIndex.path, i + 1));
  for (let pageNumber = 1; pageNumber <= indexPageCount; pageNumber++) {
    const slice = newsItems.slice((pageNumber - 1) * NEWS_PER_INDEX_PAGE, pageNumber * NEWS_PER_INDEX_PAGE);
    const list: ContentBlock = {
      kind: 'links',
      style: 'news',
      items: slice.map((item) => ({ target: { path: item.path }, text: item.title, note: dutchDate(item.date) })),
    };
    const pager: ContentBlock = {
      kind: 'links',
      style: 'pager',
      items: indexPaths.map((path, i) => ({ target: { path }, text: String(i + 1) })),
    };
    const blocks = indexPageCount > 1 ? [list, pager] : [list];
    if (pageNumber === 1) {
      newsIndex.blocks.push(...blocks);
    } else {
      addPage({ path: indexPaths[pageNumber - 1], key: `news-index:${pageNumber}`, kind: 'news-index', title: `${newsIndex.title} – pagina ${pageNumber}`, blocks });
    }
  }
  for (const item of newsItems) {
    if (item.title === removedNewsTitle) {
      removedPages.push({ path: item.path });
      continue;
    }
    addPage({
      path: item.path,
      key: item.plantTitle ? `news:${item.plantTitle}` : `news-item:${slugify(item.title)}`,
      kind: 'news-item',
      title: item.title,
      date: item.date,
      blocks: [{ kind: 'paragraph', text: dutchDate(item.date) }, ...item.paragraphs.map((text): ContentBlock => ({ kind: 'paragraph', text }))],
    });
  }
  if (spec.v2RemovedNews && !newsItems.some((item) => item.title === spec.v2RemovedNews)) {
    throw new Error(`${spec.id}: v2RemovedNews names no news item`);
  }

  // Search results (robots-disallowed on the sites that have them; any query string).
  if (disallow.includes(SEARCH_PATH)) {
    addPage({
      path: SEARCH_PATH,
      key: 'search',
      kind: 'search',
      title: 'Zoeken',
      anyQuery: true,
      inSitemap: false,
      blocks: [
        { kind: 'paragraph', text: 'Zoekresultaten op deze website:' },
        { kind: 'links', style: 'plain', items: keys.slice(1, 6).map((key) => ({ target: target(key), text: labels.get(key)! })) },
      ],
    });
  }

  // Subdomain pages.
  const subdomain = spec.subdomain;
  if (subdomain) {
    const siblings = subdomain.pages.filter((page) => page.path !== '/');
    for (const page of subdomain.pages) {
      const blocks = paragraphs(page.paragraphs, placeholders);
      if (page.path === '/') {
        blocks.push({
          kind: 'links',
          style: 'plain',
          items: [
            ...siblings.map((sibling) => ({ target: { host: subdomain.host, path: sibling.path }, text: sibling.title })),
            { target: { path: '/' }, text: `Naar de website van ${spec.name}` },
          ],
        });
      }
      addPage({ host: subdomain.host, path: page.path, key: `sub:${page.path}`, kind: 'subdomain', title: page.title, blocks });
    }
  }

  // The school guide: chapters for pages 3..guidePages (page 1 is the cover, page 2 the contents).
  if (spec.guidePages < 4 || spec.guidePages > GUIDE_CHAPTERS.length + 2) throw new Error(`${spec.id}: guidePages out of range`);
  const guide = {
    path: guidePath,
    title: `Schoolgids ${SCHOOL_YEAR}`,
    chapters: GUIDE_CHAPTERS.slice(0, spec.guidePages - 2).map((chapter) => ({
      title: chapter.title,
      paragraphs: chapter.paragraphs[sector].map((text) => fillPlaceholders(text, placeholders)),
    })),
    changedInV2: false,
  };

  // Planted passages.
  const plants: ResolvedPlant[] = [];
  for (const { plant, text } of activePlants) {
    if (removedNewsTitle !== undefined && plant.at === `news:${removedNewsTitle}`) continue;
    if (!stripEmphasis(text).includes(plant.phrase)) throw new Error(`${spec.id}: phrase not in passage: ${plant.phrase}`);
    const changed = version === 2 && plant.v2 !== undefined;
    if (plant.at.startsWith('pdf:')) {
      const pdfPage = Number(plant.at.slice(4));
      const chapter = guide.chapters[pdfPage - 3];
      if (!chapter) throw new Error(`${spec.id}: no guide page ${pdfPage}`);
      chapter.paragraphs.push(text);
      guide.changedInV2 ||= changed;
      plants.push({ spec: plant, text, host: spec.host, path: guidePath, pdfPage, rendered: false, offLimits: false });
      continue;
    }
    const page = pageByKey.get(plant.at);
    if (!page) throw new Error(`${spec.id}: no page for plant at ${plant.at}`);
    const block: ContentBlock = { kind: 'paragraph', text, highlight: page.kind === 'home' };
    if (page.kind === 'home') page.blocks.unshift(block);
    else page.blocks.push(block);
    if (plant.externalLink) {
      page.blocks.push({ kind: 'links', style: 'plain', items: [{ target: { external: plant.externalLink.href }, text: plant.externalLink.text }] });
    }
    page.changedInV2 ||= changed;
    plants.push({ spec: plant, text, host: page.host, path: page.path, rendered: page.spa, offLimits: page.disallowed });
  }
  for (const page of pages) {
    if (page.kind === 'news-item' && page.key.startsWith('news:')) {
      page.blocks.push({ kind: 'paragraph', text: fillPlaceholders('Vragen over dit bericht? Mail naar {email}.', placeholders) });
    }
  }
  // Navigation: groups with the pages the site has; news and contact on their own.
  const nav: NavEntry[] = [];
  for (const group of NAV_GROUPS) {
    const children = group.keys
      .filter((key) => paths.has(key) && !spec.sitemapOnly?.includes(key))
      .map((key) => ({ label: labels.get(key)!, target: target(key) }));
    if (children.length > 0) nav.push({ label: group.label[sector], children });
  }
  nav.splice(1, 0, { label: labels.get('news')!, target: target('news'), children: [] });
  nav.push({ label: labels.get('contact')!, target: target('contact'), children: [] });
  if (subdomain) nav.push({ label: 'Ouderportaal', target: { host: subdomain.host, path: '/' }, children: [] });

  const footerLinks: LinkItem[] = [];
  if (paths.has('privacy') && !spec.sitemapOnly?.includes('privacy')) footerLinks.push({ target: target('privacy'), text: 'Privacyverklaring' });
  if (paths.has('intranet')) footerLinks.push({ target: target('intranet'), text: labels.get('intranet')! });
  if (pageByKey.has('search')) footerLinks.push({ target: { path: `${SEARCH_PATH}?q=schoolgids` }, text: 'Zoeken' });
  for (const broken of spec.brokenLinks ?? []) footerLinks.push({ target: { path: broken }, text: `Archief: ${broken.split('/').pop()}` });

  return {
    spec,
    version,
    host: spec.host,
    alias: aliasOf(spec.host),
    email,
    placeholders,
    pages,
    nav,
    footerLinks,
    guide,
    plants,
    brokenLinks: spec.brokenLinks ?? [],
    removedPages,
  };
}
