// A private redis-server for the scale-out tests and the benchmark: a free localhost port, no persistence,
// a temporary folder, stopped afterwards. Without redis-server the tests skip, except in CI (env CI set).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface RedisProcess {
  port: number;
  /** redis://127.0.0.1:PORT/0 */
  url: string;
  /** Stops the server (SIGTERM) and starts a fresh, empty one on the same port: a restart without persistence. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Why the scale-out tests cannot run here, or undefined when redis-server is installed. Throws in CI. */
export function redisMissing(): string | undefined {
  if (spawnSync('redis-server', ['--version']).status === 0) return undefined;
  const why = 'redis-server is not installed (Debian: apt-get install redis-server, or run scripts/setup.sh)';
  if (process.env.CI) throw new Error(`CI is set but ${why}`);
  return why;
}

export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'schoolscan-redis-'));
  let child = await launch(port, dir);
  return {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    async restart() {
      await stopProcess(child);
      child = await launch(port, dir);
    },
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return child;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`redis-server did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
