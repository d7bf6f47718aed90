// A proxy that forwards nothing and remembers everything it was asked for. The browser under test
// sends every non-loopback request here, so an empty log proves no request left the machine.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggingProxy {
  port: number;
  attempts: string[];
  close(): Promise<void>;
}

export async function startLoggingProxy(): Promise<LoggingProxy> {
  const attempts: string[] = [];
  const server = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(502, { 'Content-Type': 'text/plain' });
    response.end('blocked by the test proxy');
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
