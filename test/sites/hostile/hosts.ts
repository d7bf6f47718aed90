/**
 * Hostile hosts: each misbehaves in one way a real school site can. Every host has its own registrable
 * domain, so a crawler treats each as a separate site. `truth.expect` says, in words, what a crawler
 * should report.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { hexToken } from '../random.ts';
import type { HostileKind, HostileTruth, Planted } from '../types.ts';
import { servedGzipBomb } from './gzip-bomb.ts';

export interface HostileContext {
  origin(host: string): string;
  /** The corrupt PDF (made at server start). */
  corruptPdf: Buffer;
}

export interface HostileHost {
  host: string;
  kind: HostileKind;
  seedPath: string;
  expect: string;
  reason?: HostileTruth['reason'];
  planted?: Planted[];
  usefulPages?: number;
  /** robots.txt body; null answers 404. Default: allow everything. */
  robots?: string | null;
  handle(req: IncomingMessage, res: ServerResponse, context: HostileContext): void;
}

const OPEN_ROBOTS = 'User-agent: *\nDisallow:\n';

function page(title: string, body: string, charsetMeta = '<meta charset="utf-8">'): string {
  return `<!DOCTYPE html>\n<html lang="nl">\n<head>${charsetMeta}<title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n${body}\n</body>\n</html>\n`;
}

function sendHtml(res: ServerResponse, status: number, html: string | Buffer, contentType = 'text/html; charset=utf-8', extra: Record<string, string> = {}): void {
  const body = typeof html === 'string' ? Buffer.from(html, 'utf8') : html;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(body.length), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function pathOf(req: IncomingMessage): string {
  return req.url ?? '/';
}

/** Calls `tick` every `ms` until the client goes away; never ends the response itself. */
function untilClosed(res: ServerResponse, ms: number, tick: () => void): void {
  const timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) clearInterval(timer);
    else tick();
  }, ms);
  res.on('close', () => clearInterval(timer));
}

// ---- hosts -------------------------------------------------------------------------------------

const REDIRECT_LOOP_HOST = 'www.kringloop-school.test';

const redirectLoop: HostileHost = {
  host: REDIRECT_LOOP_HOST,
  kind: 'redirect-loop',
  seedPath: '/',
  expect: 'Every page redirects: / answers 302 to /home, /home answers 301 back to /. Stop after a few hops and record redirect-loop (or too-many-redirects) for the seed; no content.',
  reason: 'redirect-loop',
  usefulPages: 0,
  handle(req, res, context) {
    const path = pathOf(req);
    if (path === '/home') {
      res.writeHead(301, { Location: '/' }).end();
    } else {
      res.writeHead(302, { Location: `${context.origin(REDIRECT_LOOP_HOST)}/home` }).end();
    }
  },
};

const slowDrip: HostileHost = {
  host: 'www.traagdruppel.test',
  kind: 'slow-drip',
  seedPath: '/',
  expect: 'Headers arrive at once, then one byte of body per second, forever. An idle timeout never fires; only a total-time limit stops it. Record timeout and move on.',
  reason: 'timeout',
  usefulPages: 0,
  handle(_req, res) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.write('<!DOCTYPE html><html lang="nl"><head><title>Even geduld</title></head><body><p>Laden');
    untilClosed(res, 1000, () => res.write('.'));
  },
};

const noResponse: HostileHost = {
  host: 'www.stilte-school.test',
  kind: 'no-response',
  seedPath: '/',
  expect: 'The connection is accepted but no status line ever comes. Record timeout (after the header timeout) and move on.',
  reason: 'timeout',
  usefulPages: 0,
  handle() {
    // Deliberately silent until the client or the server closes the socket.
  },
};

const connectionReset: HostileHost = {
  host: 'www.afgebroken-school.test',
  kind: 'connection-reset',
  seedPath: '/',
  expect: 'The response starts (200, half a page) and the socket is then destroyed. Record a connection error (retryable); keep no half page as content.',
  reason: 'connection',
  usefulPages: 0,
  handle(_req, res) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': '5000' });
    res.write('<!DOCTYPE html><html lang="nl"><head><title>Welkom</title></head><body><p>Welkom op onze');
    setTimeout(() => res.socket?.destroy(), 50);
  },
};

function nextMonth(month: string, step: number): string {
  const [year, mm] = month.split('-').map(Number);
  const index = year * 12 + (mm - 1) + step;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const endlessCalendar: HostileHost = {
  host: 'www.kalenderschool.test',
  kind: 'endless-calendar',
  seedPath: '/',
  expect: 'The home page links to /agenda?maand=2024-09; every month links to the previous and next month, forever. Fetch a few months at most, then stop and record trap (or the depth/page cap); the home page itself is fine.',
  reason: 'trap',
  usefulPages: 2,
  handle(req, res) {
    const url = new URL(pathOf(req), 'http://x');
    if (url.pathname === '/') {
      sendHtml(res, 200, page('Basisschool De Kalender', '<p>Welkom! Bekijk wat er deze maand gebeurt in onze <a href="/agenda?maand=2024-09">agenda</a>.</p>'));
      return;
    }
    if (url.pathname !== '/agenda') {
      sendHtml(res, 404, page('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'));
      return;
    }
    const month = url.searchParams.get('maand');
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      res.writeHead(302, { Location: '/agenda?maand=2024-09' }).end();
      return;
    }
    sendHtml(
      res,
      200,
      page(
        `Agenda ${month}`,
        `<ul><li>Maandag: gym</li><li>Woensdag: bibliotheekbezoek</li><li>Vrijdag: weeksluiting</li></ul>\n` +
          `<p><a href="/agenda?maand=${nextMonth(month, -1)}">« vorige maand</a> | <a href="/agenda?maand=${nextMonth(month, 1)}">volgende maand »</a></p>`,
      ),
    );
  },
};

const HUGE_PAGE_BYTES = 30 * 1024 * 1024;

const hugePage: HostileHost = {
  host: 'www.reuzenpagina.test',
  kind: 'huge-page',
  seedPath: '/',
  expect: 'The home page is 30 MB of HTML, streamed without Content-Length. Stop reading at the body-size limit and record too-large; do not buffer it all.',
  reason: 'too-large',
  usefulPages: 0,
  handle(req, res) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const line = '<p>Nieuwsarchief: alle berichten van de afgelopen twintig jaar staan op deze ene pagina.</p>\n';
    const chunk = Buffer.from(line.repeat(Math.ceil(65536 / line.length)), 'utf8');
    let sent = 0;
    res.write('<!DOCTYPE html><html lang="nl"><head><title>Archief</title></head><body>\n');
    const pump = (): void => {
      while (sent < HUGE_PAGE_BYTES && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end('</body></html>\n');
    };
    pump();
  },
};

const gzipBomb: HostileHost = {
  host: 'www.gzipbom.test',
  kind: 'gzip-bomb',
  seedPath: '/',
  expect: 'The home page is about 1 MB of gzip (Content-Encoding: gzip, Content-Length set) that inflates to more than 1 GB of spaces. Stop inflating at the size limit and record decompression-bomb.',
  reason: 'decompression-bomb',
  usefulPages: 0,
  handle(req, res) {
    const bomb = servedGzipBomb();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.body.length) });
    res.end(req.method === 'HEAD' ? undefined : bomb.body);
  },
};

const UNDECLARED_CHARSET_PHRASE = 'De ouderbijdrage van € 65 is voor alle gezinnen verplicht';

const undeclaredCharset: HostileHost = {
  host: 'www.kbs-de-klimop.test',
  kind: 'wrong-charset',
  seedPath: '/',
  expect: `Windows-1252 bytes with no charset anywhere (header says only text/html, no meta). Sniff or fall back to windows-1252 so that "€", "ë" and the curly quotes decode right; the passage "${UNDECLARED_CHARSET_PHRASE}" must come out intact.`,
  usefulPages: 1,
  planted: [{ category: 'mandatory-contribution', path: '/', phrase: UNDECLARED_CHARSET_PHRASE }],
  handle(_req, res) {
    const html = page(
      'KBS De Klimop – schoolkosten',
      `<p>Wij vragen alle ouders om een bijdrage voor de “extra’s” van het schooljaar, zoals het kerstdiner en de financiële ondersteuning van de ouderraad.</p>\n` +
        `<p>${UNDECLARED_CHARSET_PHRASE}; wij sturen een herinnering als het bedrag op 1 november niet binnen is.</p>`,
      '',
    );
    sendHtml(res, 200, iconv.encode(html, 'windows-1252'), 'text/html');
  },
};

const MISLABELLED_CHARSET_PHRASE = 'korting bij Huiswerkinstituut “De Slimme Uil”';

const mislabelledCharset: HostileHost = {
  host: 'www.cbs-de-zaaier.test',
  kind: 'wrong-charset',
  seedPath: '/',
  expect: `The header says charset=utf-8 but the bytes are Windows-1252 (€, ë and curly quotes are invalid UTF-8). Detect the invalid UTF-8 and decode as windows-1252, or record encoding; never report text with U+FFFD. The passage "${MISLABELLED_CHARSET_PHRASE}" must come out intact.`,
  usefulPages: 1,
  planted: [{ category: 'commercial-tutoring', path: '/', phrase: MISLABELLED_CHARSET_PHRASE }],
  handle(_req, res) {
    const html = page(
      'CBS De Zaaier – huiswerkbegeleiding',
      `<p>Via onze school krijgt u 15% ${MISLABELLED_CHARSET_PHRASE}. De begeleiding vindt plaats in het schoolgebouw en kost € 180 per maand; ideeën en vragen kunt u bij de directeur kwijt.</p>`,
      '',
    );
    sendHtml(res, 200, iconv.encode(html, 'windows-1252'), 'text/html; charset=utf-8');
  },
};

const corruptPdf: HostileHost = {
  host: 'www.kapotte-schoolgids.test',
  kind: 'corrupt-pdf',
  seedPath: '/',
  expect: 'A normal home page links to /schoolgids.pdf (application/pdf, starts with %PDF, then breaks off into garbage). Record corrupt-pdf for that URL; the two HTML pages crawl fine.',
  reason: 'corrupt-pdf',
  usefulPages: 3,
  handle(req, res, context) {
    const path = pathOf(req);
    if (path === '/schoolgids.pdf') {
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': String(context.corruptPdf.length) });
      res.end(req.method === 'HEAD' ? undefined : context.corruptPdf);
    } else if (path === '/') {
      sendHtml(res, 200, page('OBS De Boekenlegger', '<p>Welkom op onze website. Lees alles over ons onderwijs in de <a href="/schoolgids.pdf">schoolgids (PDF)</a> of lees <a href="/over-ons">over ons</a>.</p>'));
    } else if (path === '/over-ons') {
      sendHtml(res, 200, page('Over ons', '<p>Wij zijn een kleine openbare school aan de rand van het dorp, met vijf combinatiegroepen.</p><p><a href="/">Home</a></p>'));
    } else {
      sendHtml(res, 404, page('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'));
    }
  },
};

const status404: HostileHost = {
  host: 'www.verdwenen-school.test',
  kind: 'status-404',
  seedPath: '/',
  expect: 'Every URL, robots.txt included, answers 404 with an HTML error page. Record http-4xx for the seed; do not classify the error page.',
  reason: 'http-4xx',
  usefulPages: 0,
  robots: null,
  handle(_req, res) {
    sendHtml(res, 404, page('Pagina niet gevonden', '<p>Deze school is gefuseerd. De website is verhuisd.</p>'));
  },
};

const status500: HostileHost = {
  host: 'www.serverfout-school.test',
  kind: 'status-500',
  seedPath: '/',
  expect: 'robots.txt answers 404 (so everything is allowed); every page answers 500. Retry at most a little, then record http-5xx.',
  reason: 'http-5xx',
  usefulPages: 0,
  robots: null,
  handle(_req, res) {
    sendHtml(res, 500, page('Er ging iets mis', '<p>Database connection failed.</p>'));
  },
};

/** Keeps which paths were already refused, so each server instance starts afresh. */
function makeStatus429Host(): HostileHost {
  const refusedOnce = new Set<string>();
  return {
    host: 'www.drukke-school.test',
    kind: 'status-429',
    seedPath: '/',
    expect: 'The first request for each page (robots.txt excepted) answers 429 with Retry-After: 2; later requests answer 200. Wait at least 2 s before retrying (the request log shows the gap) and then crawl all 3 pages normally.',
    usefulPages: 3,
    handle(req, res) {
      const path = pathOf(req);
      const pages: Record<string, string> = {
        '/': page('OBS Het Drukke Plein', '<p>Welkom! Lees ons <a href="/nieuws">nieuws</a> of neem <a href="/contact">contact</a> op.</p>'),
        '/nieuws': page('Nieuws', '<p>De nieuwe klimtoren op het plein is klaar. <a href="/">Home</a></p>'),
        '/contact': page('Contact', '<p>Bel ons op werkdagen tussen 8.00 en 16.00 uur. <a href="/">Home</a></p>'),
      };
      const html = pages[path];
      if (!html) {
        sendHtml(res, 404, page('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'));
        return;
      }
      if (!refusedOnce.has(path)) {
        refusedOnce.add(path);
        sendHtml(res, 429, page('Te veel verzoeken', '<p>Probeer het over enkele seconden opnieuw.</p>'), 'text/html; charset=utf-8', { 'Retry-After': '2' });
        return;
      }
      sendHtml(res, 200, html);
    },
  };
}

const ROBOTS_HIDDEN_PHRASE = 'Zonder betaalde ouderbijdrage geen deelname aan de musical';

const robotsDisallowAll: HostileHost = {
  host: 'www.gesloten-school.test',
  kind: 'robots-disallow-all',
  seedPath: '/',
  expect: `robots.txt disallows everything for every user agent. Fetch nothing but robots.txt and record robots for the seed; the passage "${ROBOTS_HIDDEN_PHRASE}" on the home page must NOT be reported.`,
  reason: 'robots',
  usefulPages: 0,
  planted: [{ category: 'mandatory-contribution', path: '/', phrase: ROBOTS_HIDDEN_PHRASE }],
  robots: 'User-agent: *\nDisallow: /\n',
  handle(_req, res) {
    sendHtml(res, 200, page('CBS De Gesloten Poort', `<p>${ROBOTS_HIDDEN_PHRASE} van groep 8; de penningmeester stuurt u een herinnering.</p>`));
  },
};

const SESSION_PAGES: Record<string, [string, string]> = {
  '/': ['Basisschool De Sessie', 'Welkom op onze website.'],
  '/nieuws': ['Nieuws', 'De kleuters hebben een moestuin aangelegd.'],
  '/over-ons': ['Over ons', 'Wij zijn een school met acht groepen.'],
  '/activiteiten': ['Activiteiten', 'Elke vrijdag sluiten we de week samen af.'],
  '/contact': ['Contact', 'U vindt ons naast het buurthuis.'],
};

/** '/nieuws;jsessionid=ab12?x=1&sid=cd34' → '/nieuws?x=1' */
function stripSessionIds(raw: string): string {
  const url = new URL(raw.replace(/;jsessionid=[^?#/]*/gi, ''), 'http://x');
  url.searchParams.delete('sid');
  return url.pathname + url.search;
}

const sessionIdTrap: HostileHost = {
  host: 'www.sessie-school.test',
  kind: 'session-id-trap',
  seedPath: '/',
  expect: 'Every link carries a fresh session id (;jsessionid=… or ?sid=…) derived from the current URL, so the URL space never ends while there are only 5 distinct pages. Strip session ids (5 pages) or stop at the trap/page cap with reason trap; content hashes show the duplicates.',
  reason: 'trap',
  usefulPages: 5,
  handle(req, res) {
    const raw = pathOf(req);
    const entry = SESSION_PAGES[stripSessionIds(raw)];
    if (!entry) {
      sendHtml(res, 404, page('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'));
      return;
    }
    const links = Object.entries(SESSION_PAGES)
      .map(([path, [title]], i) => {
        const token = hexToken(`${raw}->${path}`, 24).toUpperCase();
        const href = i % 2 === 0 ? `${path};jsessionid=${token}` : `${path}?sid=${token.toLowerCase()}`;
        return `<li><a href="${href}">${title}</a></li>`;
      })
      .join('');
    sendHtml(res, 200, page(entry[0], `<p>${entry[1]}</p>\n<ul>${links}</ul>`));
  },
};

const CATEGORIES = ['algemeen', 'groep-1-2', 'groep-3', 'groep-4', 'groep-5', 'groep-6', 'groep-7', 'groep-8', 'ouderraad', 'mr', 'sport', 'cultuur'];
const YEARS = ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const SORTS = ['datum', 'titel', 'populair'];
const PAGES = 10;
export const QUERY_VARIANT_COUNT = CATEGORIES.length * YEARS.length * SORTS.length * PAGES;

const queryVariants: HostileHost = {
  host: 'www.filterschool.test',
  kind: 'query-variants',
  seedPath: '/',
  expect: `The news page links to ${QUERY_VARIANT_COUNT} filter combinations (?categorie=…&jaar=…&sorteer=…&pagina=…) that all show the same list; each variant links to all of them again. Crawl the 2 real pages and stop at the trap/page cap (reason trap) rather than fetching thousands of variants.`,
  reason: 'trap',
  usefulPages: 2,
  handle(req, res) {
    const url = new URL(pathOf(req), 'http://x');
    if (url.pathname === '/') {
      sendHtml(res, 200, page('OBS Het Filter', '<p>Welkom! Al ons <a href="/nieuws">nieuws</a> op één plek.</p>'));
      return;
    }
    if (url.pathname !== '/nieuws') {
      sendHtml(res, 404, page('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'));
      return;
    }
    const links: string[] = [];
    for (const categorie of CATEGORIES) {
      for (const jaar of YEARS) {
        for (const sorteer of SORTS) {
          for (let pagina = 1; pagina <= PAGES; pagina++) {
            links.push(`<a href="/nieuws?categorie=${categorie}&amp;jaar=${jaar}&amp;sorteer=${sorteer}&amp;pagina=${pagina}">${categorie} ${jaar} ${sorteer} ${pagina}</a>`);
          }
        }
      }
    }
    sendHtml(res, 200, page('Nieuws', `<p>Er zijn geen berichten die aan uw filters voldoen.</p>\n<nav class="filters">\n${links.join('\n')}\n</nav>`));
  },
};

/** A fresh set of hostile hosts (the 429 host keeps per-server state). */
export function createHostileHosts(): HostileHost[] {
  return [
    redirectLoop, slowDrip, noResponse, connectionReset, endlessCalendar, hugePage, gzipBomb, undeclaredCharset,
    mislabelledCharset, corruptPdf, status404, status500, makeStatus429Host(), robotsDisallowAll, sessionIdTrap, queryVariants,
  ];
}

export function hostileRobots(host: HostileHost): string | null {
  return host.robots === undefined ? OPEN_ROBOTS : host.robots;
}
