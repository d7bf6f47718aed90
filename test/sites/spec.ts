/**
 * The language the site data is written in. A SiteSpec says what a school site contains; build-site.ts
 * turns it into concrete pages, and truth.ts into the ground truth the tests read.
 */
import type { Category } from '../../shared/src/index.ts';
import type { Sector } from './types.ts';

export const STANDARD_PAGES = ['home', 'about', 'news', 'costs', 'homework', 'openday', 'guide', 'contact'] as const;
export type StandardPageKey = (typeof STANDARD_PAGES)[number];

export const EXTRA_PAGES = [
  'team', 'vakanties', 'mr', 'ouderraad', 'inschrijven', 'tso', 'gym', 'schoolreis', 'leesclub',
  'tto', 'sportklas', 'technasium', 'decanaat', 'examens', 'leerlingenraad', 'huiswerkcafe',
  'ondersteuning', 'laptop', 'werkweek', 'privacy', 'intranet',
] as const;
export type ExtraPageKey = (typeof EXTRA_PAGES)[number];

export type PageKey = StandardPageKey | ExtraPageKey;

/**
 * Where a planted passage goes: a page by key, a news item created for it (`news:<title>`), a page of
 * the school guide PDF (`pdf:<page>`), or a page on the site's subdomain (`sub:<path>`).
 */
export type PlantAt = PageKey | `news:${string}` | `pdf:${number}` | `sub:${string}`;

export interface PlantSpec {
  truth: 'violation' | 'clean';
  category: Category;
  at: PlantAt;
  /** The whole passage. `**word**` renders as <strong>word</strong> in HTML (plain in PDFs). */
  text: string;
  /** Distinctive substring of the passage (without the ** markers), unique across the web. */
  phrase: string;
  /** How the passage differs in version 2 of the web. */
  v2?: 'remove' | 'add' | { before: string; after: string };
  /** For `news:` plants: the month (1-12) the item is dated in; random within the school year if absent. */
  month?: number;
  /** An outbound link placed right after the passage (e.g. to a bureau's site; never to be fetched). */
  externalLink?: { href: string; text: string };
}

/** Page layouts: each writes different markup around the same content. */
export type ThemeName = 'klassiek' | 'modern' | 'speels' | 'zakelijk';

/**
 * URL shapes: 'nested' (/ouders/schoolkosten), 'wordpress' (/schoolkosten/, news under /2024/10/slug/),
 * 'cms-query' (/index.php?page=schoolkosten), 'html-files' (/schoolkosten.html, a PDF name with a space).
 */
export type PathStyle = 'nested' | 'wordpress' | 'cms-query' | 'html-files';

/** How internal links are written; 'mixed' rotates through every form, including the www/non-www alias. */
export type LinkStyle = 'root' | 'relative' | 'absolute' | 'mixed';

/** How a location's INTERNETADRES is written in the registry seed file. */
export type RegistryWebsite = 'host' | 'alias' | 'url' | 'url-slash' | 'upper' | 'none';

export interface LocationSpec {
  /** VESTIGINGSCODE, e.g. '99AA00'. */
  code: string;
  /** Defaults to the site name. */
  naam?: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  telefoon: string;
  /** Defaults to the site's town. */
  plaats?: string;
  gemeente?: string;
  onderwijsstructuur?: string;
  website?: RegistryWebsite;
}

export interface RobotsSpec {
  /** 'missing' answers 404 for /robots.txt. */
  style: 'open' | 'wordpress' | 'missing' | 'rules';
  disallow?: string[];
  crawlDelay?: number;
  /** A group for another user agent placed before the `*` group (crawlers must pick the right group). */
  otherAgentDisallowAll?: string;
}

export interface SubdomainSpec {
  host: string;
  title: string;
  /** Paths on the subdomain; planted passages attach with `sub:<path>`. */
  pages: { path: string; title: string; paragraphs: string[] }[];
}

export interface SiteSpec {
  id: string;
  sector: Sector;
  name: string;
  /** Canonical host; the www/non-www twin answers 301 to it. */
  host: string;
  theme: ThemeName;
  pathStyle: PathStyle;
  linkStyle: LinkStyle;
  motto: string;
  plaats: string;
  gemeente: string;
  provincie: string;
  denominatie: string;
  bestuur: { nummer: string; naam: string };
  locations: LocationSpec[];
  /** Menu labels that differ from the seeded default. */
  labels?: Partial<Record<PageKey, string>>;
  extras: ExtraPageKey[];
  /** Standard pages this (small) site does not have. */
  omit?: ('homework' | 'openday')[];
  /** Filler news items, besides news items created for planted passages. */
  newsCount: number;
  /** Pages in the school guide PDF (4-12). */
  guidePages: number;
  robots: RobotsSpec;
  sitemap: 'robots' | 'root-only' | 'index' | 'none';
  plants: PlantSpec[];
  /** gzip HTML when the client accepts it. */
  compress?: boolean;
  /** Pages served as an empty app shell filled in by JavaScript. */
  spa?: PageKey[];
  /** Pages linked from nowhere, only listed in the sitemap. */
  sitemapOnly?: PageKey[];
  /** Internal links that answer 404. */
  brokenLinks?: string[];
  subdomain?: SubdomainSpec;
  /** Content-Type of the school guide PDF when the server gets it wrong. */
  pdfContentType?: string;
  /** Another test-web site this one links to (out of scope for a crawl of this site). */
  linksToSite?: { host: string; text: string };
  /** Version 2: this news item (by title) is removed and answers 404; its link stays in the news list. */
  v2RemovedNews?: string;
}

/** A registry row that has no website (the CSV writes one space). */
export interface RegistryOnlySpec {
  sector: Sector;
  code: string;
  naam: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  gemeente: string;
  provincie: string;
  denominatie: string;
  bestuur: string;
  telefoon: string;
  onderwijsstructuur?: string;
}

export const violation = {
  tutoring: (at: PlantAt, text: string, phrase: string, more: Partial<PlantSpec> = {}): PlantSpec =>
    ({ truth: 'violation', category: 'commercial-tutoring', at, text, phrase, ...more }),
  contribution: (at: PlantAt, text: string, phrase: string, more: Partial<PlantSpec> = {}): PlantSpec =>
    ({ truth: 'violation', category: 'mandatory-contribution', at, text, phrase, ...more }),
};

export const lookAlike = {
  tutoring: (at: PlantAt, text: string, phrase: string, more: Partial<PlantSpec> = {}): PlantSpec =>
    ({ truth: 'clean', category: 'commercial-tutoring', at, text, phrase, ...more }),
  contribution: (at: PlantAt, text: string, phrase: string, more: Partial<PlantSpec> = {}): PlantSpec =>
    ({ truth: 'clean', category: 'mandatory-contribution', at, text, phrase, ...more }),
};
