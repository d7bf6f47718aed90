/**
 * The test web: one HTTP server on 127.0.0.1 that serves every fictional school site and hostile host,
 * told apart by the Host header (hostnames under the reserved .test TLD). See README.md.
 */
import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { buildSite, type BuiltPage, type BuiltSite } from './build-site.ts';
import { robotsTxt, sitemapFiles, V1_DATE, V2_DATE } from './crawl-files.ts';
import { PO_SITES } from './data/sites-po.ts';
import { VO_SITES } from './data/sites-vo.ts';
import { createHostileHosts, hostileRobots, type HostileHost } from './hostile/hosts.ts';
import { makeCorruptPdf, makeGuidePdf, type GuideContent } from './pdf.ts';
import { LinkWriter } from './render/markup.ts';
import { renderDocument } from './render/themes.ts';
import type { SiteSpec } from './spec.ts';
import { siteChanges, siteTruth } from './truth.ts';
import type { HostileTruth, Planted, RequestLogEntry, SiteTruth, TestWeb, TestWebOptions, WebChange } from './types.ts';

export type * from './types.ts';
export { writeSeedFiles } from './seed-files.ts';

/** Every site of the web, po first. */
export const SITE_SPECS: readonly SiteSpec[] = [...PO_SITES, ...VO_SITES];

type Route = (req: IncomingMessage, res: ServerResponse) => void;

interface Served {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid)$/i;

/** Path and query as the page table keys them: stable percent-encoding, tracking parameters dropped. */
export function normaliseRequestTarget(raw: string): string {
  const [beforeHash] = raw.split('#');
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  let path: string;
  try {
    path = encodeURI(decodeURI(pathname));
  } catch {
    path = pathname;
  }
  const kept = query.split('&').filter((pair) => pair !== '' && !TRACKING_PARAMS.test(pair.split('=')[0]));
  return kept.length ? `${path}?${kept.join('&')}` : path;
}

function httpDate(isoDay: string): string {
  return new Date(`${isoDay}T08:00:00Z`).toUTCString();
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

function send(req: IncomingMessage, res: ServerResponse, served: Served): void {
  const etag = served.headers.ETag;
  if (etag && served.status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag }).end();
    return;
  }
  res.writeHead(served.status, { ...served.headers, 'Content-Length': String(served.body.length) });
  res.end(req.method === 'HEAD' ? undefined : served.body);
}

/**
 * School guides by content, kept for the life of the process: pdfkit needs ~40 ms a guide, and tests
 * start several servers (and both versions) whose guides are mostly identical.
 */
const guidePdfCache = new Map<string, Promise<Buffer>>();

function guidePdf(content: GuideContent): Promise<Buffer> {
  const key = JSON.stringify(content);
  let pdf = guidePdfCache.get(key);
  if (!pdf) {
    pdf = makeGuidePdf(content);
    guidePdfCache.set(key, pdf);
  }
  return pdf;
}

function guideContent(site: BuiltSite): GuideContent {
  const location = site.spec.locations[0];
  return {
    schoolName: site.spec.name,
    motto: site.spec.motto,
    title: site.guide.title,
    addressLines: [`${location.straat} ${location.huisnummer}`, `${location.postcode} ${location.plaats ?? site.spec.plaats}`, site.email],
    chapters: site.guide.chapters,
  };
}

/** Serves one site's pages on its canonical host or its subdomain. */
class SiteRoutes {
  private readonly pages = new Map<string, BuiltPage>();
  private readonly anyQueryPages = new Map<string, BuiltPage>();
  private readonly rendered = new Map<string, Served>();

  constructor(
    private readonly site: BuiltSite,
    private readonly pdf: Buffer,
    private readonly port: () => number,
    private readonly origin: (host: string) => string,
  ) {
    for (const page of site.pages) {
      this.pages.set(`${page.host} ${normaliseRequestTarget(page.path)}`, page);
      if (page.anyQuery) this.anyQueryPages.set(`${page.host} ${page.path}`, page);
    }
  }

  route(host: string): Route {
    return (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
        return;
      }
      send(req, res, this.serve(host, req.url ?? '/', req.headers['accept-encoding'] ?? ''));
    };
  }

  private serve(host: string, raw: string, acceptEncoding: string | string[]): Served {
    const isMain = host === this.site.host;
    const target = normaliseRequestTarget(raw);
    const pathname = target.split('?')[0];

    if (pathname === '/robots.txt') {
      const robots = isMain ? robotsTxt(this.site, this.origin(host)) : 'User-agent: *\nDisallow:\n';
      return robots === null ? this.notFound(host, raw) : this.textFile(robots, 'text/plain; charset=utf-8');
    }
    if (isMain) {
      const { files, redirects } = sitemapFiles(this.site, this.origin(host));
      const sitemap = files.get(pathname);
      if (sitemap) return this.textFile(sitemap, 'application/xml; charset=utf-8');
      const sitemapRedirect = redirects.get(pathname);
      if (sitemapRedirect) return this.redirect(301, sitemapRedirect);
      if (pathname === normaliseRequestTarget(this.site.guide.path)) return this.guidePdf();
    }

    const page = this.pages.get(`${host} ${target}`) ?? this.anyQueryPages.get(`${host} ${pathname}`);
    if (page) return this.renderPage(page, acceptEncoding);

    const query = target.slice(pathname.length);
    const toggled = pathname.endsWith('/') && pathname.length > 1 ? pathname.slice(0, -1) : `${pathname}/`;
    const twin = this.pages.get(`${host} ${toggled}${query}`);
    if (twin) return this.redirect(301, twin.path);
    if (pathname === '/index.php' && query === '') return this.redirect(301, '/');
    return this.notFound(host, raw);
  }

  private renderPage(page: BuiltPage, acceptEncoding: string | string[]): Served {
    const cacheKey = `${page.host} ${page.path}`;
    let served = this.rendered.get(cacheKey);
    if (!served) {
      const links = new LinkWriter(this.site, page, this.port());
      const document = renderDocument({ site: this.site, page, links, port: this.port() });
      const body = Buffer.from(document.html, 'utf8');
      const modified = this.site.version === 2 && page.changedInV2 ? V2_DATE : page.date ?? V1_DATE;
      served = {
        status: 200,
        headers: { 'Content-Type': document.contentType, ETag: etagOf(body), 'Last-Modified': httpDate(modified) },
        body,
      };
      this.rendered.set(cacheKey, served);
    }
    if (!this.site.spec.compress) return served;
    if (!String(acceptEncoding).includes('gzip')) return { ...served, headers: { ...served.headers, Vary: 'Accept-Encoding' } };
    return {
      status: 200,
      headers: { ...served.headers, ETag: served.headers.ETag.replace(/"$/, '-gzip"'), 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
      body: zlib.gzipSync(served.body),
    };
  }

  private guidePdf(): Served {
    const modified = this.site.version === 2 && this.site.guide.changedInV2 ? V2_DATE : V1_DATE;
    return {
      status: 200,
      headers: {
        'Content-Type': this.site.spec.pdfContentType ?? 'application/pdf',
        'Content-Disposition': `inline; filename="${decodeURI(this.site.guide.path.split('/').pop()!)}"`,
        ETag: etagOf(this.pdf),
        'Last-Modified': httpDate(modified),
      },
      body: this.pdf,
    };
  }

  private textFile(text: string, contentType: string): Served {
    return { status: 200, headers: { 'Content-Type': contentType }, body: Buffer.from(text, 'utf8') };
  }

  private redirect(status: 301 | 302, location: string): Served {
    return { status, headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8' }, body: Buffer.from(`<a href="${location}">Verplaatst</a>\n`) };
  }

  private notFound(host: string, raw: string): Served {
    const page: BuiltPage = {
      host,
      path: raw,
      key: 'not-found',
      kind: 'standard',
      title: 'Pagina niet gevonden',
      blocks: [
        { kind: 'paragraph', text: 'Helaas, de pagina die u zoekt bestaat niet (meer). Misschien is hij verplaatst.' },
        { kind: 'links', style: 'plain', items: [{ target: { path: '/' }, text: 'Naar de homepagina' }] },
      ],
      spa: false,
      linked: false,
      inSitemap: false,
      disallowed: false,
      anyQuery: false,
      changedInV2: false,
    };
    const document = renderDocument({ site: this.site, page, links: new LinkWriter(this.site, page, this.port()), port: this.port() });
    return { status: 404, headers: { 'Content-Type': document.contentType }, body: Buffer.from(document.html, 'utf8') };
  }
}

function hostileRoute(host: HostileHost, context: Parameters<HostileHost['handle']>[2]): Route {
  return (req, res) => {
    if ((req.url ?? '/') === '/robots.txt') {
      const robots = hostileRobots(host);
      const body = Buffer.from(robots ?? 'Not found\n', 'utf8');
      res.writeHead(robots === null ? 404 : 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    host.handle(req, res, context);
  };
}

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

export async function startTestWeb(options: TestWebOptions = {}): Promise<TestWeb> {
  const version = options.version ?? 1;
  const sites = SITE_SPECS.map((spec) => buildSite(spec, version));
  const changes: WebChange[] = version === 2 ? SITE_SPECS.flatMap((spec, i) => siteChanges(buildSite(spec, 1), sites[i])) : [];
  const pdfs = await Promise.all(sites.map((site) => guidePdf(guideContent(site))));
  const corruptPdf = await makeCorruptPdf(guideContent(sites[0]));
  const hostileHosts = createHostileHosts();

  let port = 0;
  const origin = (host: string): string => `http://${host}:${port}`;
  const routes = new Map<string, Route>();
  sites.forEach((site, i) => {
    const siteRoutes = new SiteRoutes(site, pdfs[i], () => port, origin);
    routes.set(site.host, siteRoutes.route(site.host));
    routes.set(site.alias, (req, res) => {
      res.writeHead(301, { Location: `${origin(site.host)}${req.url ?? '/'}` }).end();
    });
    if (site.spec.subdomain) routes.set(site.spec.subdomain.host, siteRoutes.route(site.spec.subdomain.host));
  });
  for (const host of hostileHosts) routes.set(host.host, hostileRoute(host, { origin, corruptPdf }));

  const requests: RequestLogEntry[] = [];
  const server = http.createServer((req, res) => {
    const entry: RequestLogEntry = {
      host: hostOf(req),
      path: req.url ?? '/',
      at: performance.timeOrigin + performance.now(),
      userAgent: req.headers['user-agent'] ?? '',
      method: req.method ?? 'GET',
    };
    requests.push(entry);
    const recordStatus = (): void => {
      if (res.headersSent) entry.status = res.statusCode;
    };
    res.on('finish', recordStatus);
    res.on('close', () => {
      recordStatus();
      if (options.log) process.stderr.write(`${entry.status ?? '---'} ${entry.method} http://${entry.host}${entry.path}\n`);
    });
    const route = routes.get(entry.host);
    if (route) {
      route(req, res);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Onbekende testhost: ${entry.host}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const siteTruths: SiteTruth[] = sites.map((site) => siteTruth(site, origin));
  const hostile: HostileTruth[] = hostileHosts.map((host) => ({
    host: host.host,
    seedUrl: `${origin(host.host)}${host.seedPath}`,
    kind: host.kind,
    expect: host.expect,
    ...(host.reason ? { reason: host.reason } : {}),
    ...(host.planted ? { planted: host.planted } : {}),
    ...(host.usefulPages !== undefined ? { usefulPages: host.usefulPages } : {}),
  }));

  let closed: Promise<void> | undefined;
  return {
    port,
    version,
    origin,
    sites: siteTruths,
    hostile,
    requests,
    changes,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Full URL of a planted passage (its page or PDF). */
export function plantedUrl(web: Pick<TestWeb, 'origin'>, site: Pick<SiteTruth, 'host'>, planted: Planted): string {
  return `${web.origin(planted.host ?? site.host)}${planted.path}`;
}
