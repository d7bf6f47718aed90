// `schoolscan review DIR`: a small HTTP server on 127.0.0.1 only, serving the review page, its script, the
// evidence screenshots, label saves, and CSV export/import. Requests must name this server in their Host
// (no DNS rebinding), and writes must come from its own page (Origin check, JSON or CSV bodies only).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { safeEvidencePath } from '../report/html.ts';
import type { CrawlStore } from '../store/crawl-store.ts';
import type { CrawlFinding } from '../store/records.ts';
import { isLabel } from './review-labels.ts';
import { renderReviewPage } from './review-page.ts';
import { REVIEW_SCRIPT } from './review-script.ts';
import { appendLabels, importLabelsCsv, labelsToCsv, readLabels, readReviewSample } from './review-store.ts';

export interface ReviewServer {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startReviewServer(dir: string, store: CrawlStore, options: { port?: number } = {}): Promise<ReviewServer> {
  if (!readReviewSample(dir)) throw new Error('no review sample in this crawl folder: run `schoolscan sample-review DIR --n 100 --seed S` first');
  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      send(res, status, 'text/plain; charset=utf-8', status === 500 ? 'internal error' : (error as Error).message);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== new URL(origin).host.replace('127.0.0.1', 'localhost')) throw new HttpError(421, 'wrong host');
    const path = new URL(req.url ?? '/', origin).pathname;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', await page());
    if (req.method === 'GET' && path === '/review.js') return send(res, 200, 'text/javascript; charset=utf-8', REVIEW_SCRIPT);
    if (req.method === 'GET' && path === '/export.csv') return send(res, 200, 'text/csv; charset=utf-8', labelsToCsv(readReviewSample(dir)!, readLabels(dir)));
    if (req.method === 'GET' && path.startsWith('/evidence/')) return sendEvidence(res, path.slice(1));
    if (req.method === 'POST' && path === '/api/labels') return saveLabel(req, res);
    if (req.method === 'POST' && path === '/api/import') return importCsv(req, res);
    throw new HttpError(404, 'not found');
  }

  async function page(): Promise<string> {
    const sample = readReviewSample(dir)!;
    const bySite = new Map<string, CrawlFinding[]>();
    for (const siteId of new Set(sample.items.map((i) => i.siteId))) {
      const findings: CrawlFinding[] = [];
      for await (const f of store.findings(siteId)) findings.push(f);
      bySite.set(siteId, findings);
    }
    return renderReviewPage(sample, readLabels(dir), (item) => bySite.get(item.siteId) ?? []);
  }

  async function sendEvidence(res: ServerResponse, relative: string): Promise<void> {
    if (!safeEvidencePath(relative)) throw new HttpError(404, 'not found');
    const bytes = await readFile(join(dir, relative)).catch(() => undefined);
    if (!bytes) throw new HttpError(404, 'not found');
    send(res, 200, 'image/png', bytes);
  }

  async function saveLabel(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, 'application/json', origin);
    let parsed: { item?: unknown; label?: unknown };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      throw new HttpError(400, 'body is not JSON');
    }
    const sample = readReviewSample(dir)!;
    if (typeof parsed.item !== 'string' || !sample.items.some((i) => i.id === parsed.item)) throw new HttpError(400, 'unknown item');
    if (!isLabel(parsed.label)) throw new HttpError(400, 'label must be correct, wrong or unsure');
    appendLabels(dir, [{ item: parsed.item, label: parsed.label, at: new Date().toISOString(), source: 'page' }]);
    send(res, 200, 'application/json', JSON.stringify({ ok: true }));
  }

  async function importCsv(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, 'text/csv', origin);
    let result;
    try {
      result = importLabelsCsv(dir, body);
    } catch (error) {
      throw new HttpError(400, `not a label CSV: ${(error as Error).message}`);
    }
    send(res, result.rejected.length ? 422 : 200, 'application/json', JSON.stringify(result));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function readBody(req: IncomingMessage, type: string, origin: string): Promise<string> {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (contentType !== type) throw new HttpError(415, `expected ${type}`);
  const from = req.headers.origin;
  if (from !== undefined && from !== origin && from !== origin.replace('127.0.0.1', 'localhost')) throw new HttpError(403, 'cross-origin request refused');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}
