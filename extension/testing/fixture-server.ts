// Serves the extension's fixture pages on 127.0.0.1 for tests and benchmarks, logging every
// request. Pages can carry extra headers (a strict CSP for the hostile page) and some are generated.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedParagraphPage } from './generated-pages.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../test-fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Extra headers per path. */
const HEADERS: Record<string, Record<string, string>> = {
  '/hostile.html': { 'Content-Security-Policy': "default-src 'none'; style-src 'self'" },
};

export interface FixtureServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    try {
      if (url.pathname === '/generated/paragraphs') {
        const count = Math.min(Number(url.searchParams.get('n') ?? '1000'), 200_000);
        response.writeHead(200, { 'Content-Type': TYPES['.html'] });
        response.end(generatedParagraphPage(count));
        return;
      }
      const name = url.pathname === '/' ? 'school.html' : url.pathname.slice(1);
      if (!/^[\w-]+\.(html|css|js)$/.test(name)) throw new Error('not a fixture');
      const body = await readFile(`${FIXTURE_DIR}${name}`);
      response.writeHead(200, { 'Content-Type': TYPES[extname(name)], ...HEADERS[url.pathname] });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
