export interface TrapGuardOptions {
  /** Date the crawl runs; calendar pages are judged against it. Default: now. */
  crawlDate?: Date;
  /** Distinct query strings allowed per path (faceted search, sort orders, calendars). Default 20. */
  maxQueryVariantsPerPath?: number;
  /** Path segments allowed. Default 12. */
  maxPathDepth?: number;
  /** Times one segment may occur in a path (`/a/b/a/b/a`). Default 2. */
  maxSegmentRepeats?: number;
  /** Characters allowed in a URL. Default 1000. */
  maxUrlLength?: number;
  /** Calendar pages allowed only this many days before or after the crawl date. Default 366. */
  calendarWindowDays?: number;
  /** Calendar pages (dated paths or queries) allowed per path pattern, even inside the window. Default 60. */
  maxCalendarPagesPerPattern?: number;
}

export interface TrapVerdict {
  reason: 'trap';
  /** Which guard fired, for the log. */
  detail: 'url-length' | 'path-depth' | 'repeated-segments' | 'session-id' | 'calendar-window' | 'calendar-pages' | 'query-variants';
}

const DAY_MS = 86_400_000;
/** Query values or path segments like 2025-03-14, 2025-03, 20250314, 2025/03 (month as a separate segment). */
const ISO_DATE = /^((?:19|20)\d\d)-?(0[1-9]|1[0-2])(?:-?(0[1-9]|[12]\d|3[01]))?$/;
const YEAR = /^(19|20)\d\d$/;
const MONTH = /^(0?[1-9]|1[0-2])$/;
const DAY = /^(0?[1-9]|[12]\d|3[01])$/;
const DATE_PARAM_NAMES = /^(date|datum|day|dag|month|maand|year|jaar|week|start|end|from|to|tribe-bar-date|ical|cal|calendar|agenda|time|t)$/i;
/** Session tokens in a path (ASP.NET cookieless sessions) or in parameters the normaliser did not know. */
const SESSION_PATH = /^\([A-Z]\([a-z0-9]{16,}\)\)$/i;
const SESSION_PARAM_NAME = /sess|^s?id$|token|^sid_/i;
const RANDOM_TOKEN = /^(?=.*\d)(?=.*[a-z])[a-z0-9]{20,}$/i;

/**
 * Keeps one site's crawl out of endless URL spaces: calendars that page forever, query-string
 * permutations, paths that repeat themselves, session ids in URLs. Stateful: use one per site, and ask
 * it about each URL before queueing. Asking again about an accepted URL is harmless (it is still accepted).
 * Expects URLs already normalised (url-normalize), so known session and tracking parameters are gone.
 */
export class TrapGuard {
  private readonly queryVariants = new Map<string, Set<string>>();
  private readonly calendarPages = new Map<string, Set<string>>();
  private readonly options: Required<TrapGuardOptions>;

  constructor(options: TrapGuardOptions = {}) {
    this.options = {
      crawlDate: new Date(),
      maxQueryVariantsPerPath: 20,
      maxPathDepth: 12,
      maxSegmentRepeats: 2,
      maxUrlLength: 1000,
      calendarWindowDays: 366,
      maxCalendarPagesPerPattern: 60,
      ...options,
    };
  }

  /** Undefined when the URL may be crawled, else why not. */
  check(input: string): TrapVerdict | undefined {
    const trap = (detail: TrapVerdict['detail']): TrapVerdict => ({ reason: 'trap', detail });
    if (input.length > this.options.maxUrlLength) return trap('url-length');
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return undefined;
    }
    const segments = url.pathname.split('/').filter((s) => s !== '');
    if (segments.length > this.options.maxPathDepth) return trap('path-depth');
    if (hasRepeats(segments, this.options.maxSegmentRepeats)) return trap('repeated-segments');
    if (segments.some((s) => SESSION_PATH.test(s)) || hasSessionParam(url.searchParams)) return trap('session-id');

    const period = calendarPeriod(segments, url.searchParams);
    if (period) {
      const now = this.options.crawlDate.getTime();
      const distance = Math.max(0, period.start - now, now - period.end);
      if (distance > this.options.calendarWindowDays * DAY_MS) return trap('calendar-window');
      const pattern = `${url.host}${calendarPattern(segments, url.searchParams)}`;
      if (!this.admit(this.calendarPages, pattern, url.href, this.options.maxCalendarPagesPerPattern)) return trap('calendar-pages');
    }
    if (url.search && !this.admit(this.queryVariants, `${url.host}${url.pathname}`, url.search, this.options.maxQueryVariantsPerPath)) {
      return trap('query-variants');
    }
    return undefined;
  }

  /** Adds `value` to the bucket unless that would pass `max`; a value already in it is always admitted. */
  private admit(buckets: Map<string, Set<string>>, key: string, value: string, max: number): boolean {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new Set()));
    if (bucket.has(value)) return true;
    if (bucket.size >= max) return false;
    bucket.add(value);
    return true;
  }
}

function hasRepeats(segments: string[], maxRepeats: number): boolean {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    const count = (counts.get(segment) ?? 0) + 1;
    if (count > maxRepeats) return true;
    counts.set(segment, count);
  }
  // A run of two or more segments repeated back to back: /a/b/a/b.
  for (let size = 2; size * 2 <= segments.length; size++) {
    for (let at = 0; at + size * 2 <= segments.length; at++) {
      if (segments.slice(at, at + size).join('/') === segments.slice(at + size, at + size * 2).join('/')) return true;
    }
  }
  return false;
}

function hasSessionParam(params: URLSearchParams): boolean {
  for (const [name, value] of params) if (SESSION_PARAM_NAME.test(name) && RANDOM_TOKEN.test(value)) return true;
  return false;
}

/** The span of time a calendar page covers, in ms since the epoch: a day, a month or a year. */
interface Period {
  start: number;
  end: number;
}

/**
 * The period a calendar-like URL points at: a dated query parameter (`?date=2031-05-01`,
 * `?maand=5&jaar=2031`), or a path that ENDS in a date (`/agenda/2031/05/`, `/kalender/2031-05-01`).
 * A dated path followed by a slug (`/2019/05/schoolreisje`) is an article, not a calendar page.
 */
function calendarPeriod(segments: string[], params: URLSearchParams): Period | undefined {
  for (const [name, value] of params) {
    const match = ISO_DATE.exec(value);
    if (match && (DATE_PARAM_NAMES.test(name) || value.includes('-'))) return periodOf(match[1], match[2], match[3]);
  }
  const year = params.get('year') ?? params.get('jaar');
  if (year && YEAR.test(year)) return periodOf(year, params.get('month') ?? params.get('maand') ?? undefined, undefined);

  const last = segments.length - 1;
  const lastMatch = last >= 0 && /-|^\d{8}$/.test(segments[last]) ? ISO_DATE.exec(segments[last]) : null;
  if (lastMatch) return periodOf(lastMatch[1], lastMatch[2], lastMatch[3]);
  for (let yearAt = Math.max(0, last - 2); yearAt <= last; yearAt++) {
    const [month, day] = segments.slice(yearAt + 1);
    if (YEAR.test(segments[yearAt]) && (month === undefined || MONTH.test(month)) && (day === undefined || DAY.test(day))) {
      return periodOf(segments[yearAt], month, day);
    }
  }
  return undefined;
}

function periodOf(yearText: string, monthText: string | undefined, dayText: string | undefined): Period | undefined {
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) return periodOf(yearText, undefined, undefined);
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (dayText === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  const start = Date.UTC(year, month - 1, Number(dayText));
  return { start, end: start + DAY_MS };
}

/** The URL with every number replaced, so all pages of one calendar share a pattern. */
function calendarPattern(segments: string[], params: URLSearchParams): string {
  const path = segments.map((s) => s.replace(/\d+/g, '#')).join('/');
  const names = [...new Set(params.keys())].sort().join('&');
  return `/${path}?${names}`;
}
