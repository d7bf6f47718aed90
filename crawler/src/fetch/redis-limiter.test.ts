// The Redis-backed politeness gate, with one Redis connection per limiter as two worker processes would
// have: one request at a time per host across both, the gap between starts, pauses, and a dead holder's
// slot coming free after its lease.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisMissing, startRedis, type RedisProcess } from '../../../test/e2e/scale-out-redis.ts';
import { RedisHostLimiter, type RedisLimiterOptions } from './redis-limiter.ts';

const missing = redisMissing();
if (missing) console.warn(`Redis limiter tests skipped: ${missing}`);

let redis: RedisProcess;
const clients: Redis[] = [];
let prefixes = 0;

beforeAll(async () => {
  if (!missing) redis = await startRedis();
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

/** Two limiters on one key space, each with its own connection: two processes. */
function twoProcesses(options: Omit<RedisLimiterOptions, 'redis' | 'prefix'>): [RedisHostLimiter, RedisHostLimiter, Redis[]] {
  const prefix = `test:${++prefixes}`;
  const conns = [0, 1].map(() => new Redis({ port: redis.port, host: '127.0.0.1', maxRetriesPerRequest: null }));
  clients.push(...conns);
  return [new RedisHostLimiter({ ...options, redis: conns[0], prefix }), new RedisHostLimiter({ ...options, redis: conns[1], prefix }), conns];
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(missing)('RedisHostLimiter', () => {
  it('lets one request at a time reach a host across processes, starts at least the gap apart', async () => {
    const [a, b] = twoProcesses({ minGapMs: 60, leaseMs: 10_000 });
    const held: [number, number][] = [];
    const request = async (limiter: RedisHostLimiter) => {
      const release = await limiter.acquire('www.school.test');
      const start = performance.now();
      await wait(15);
      held.push([start, performance.now()]);
      release();
    };
    await Promise.all([...Array(4)].flatMap(() => [request(a), request(b)]));
    held.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < held.length; i++) {
      expect(held[i][0]).toBeGreaterThanOrEqual(held[i - 1][1]);
      expect(held[i][0] - held[i - 1][0]).toBeGreaterThanOrEqual(55);
    }
  });

  it('keeps other hosts apart: a busy host does not hold up another', async () => {
    const [a, b] = twoProcesses({ minGapMs: 1_000, leaseMs: 10_000 });
    await a.acquire('one.test');
    const started = performance.now();
    (await b.acquire('two.test'))();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('holds a pause (Retry-After) and a raised gap (Crawl-delay) for every process', async () => {
    const [a, b] = twoProcesses({ minGapMs: 0, leaseMs: 10_000 });
    (await a.acquire('slow.test'))();
    a.pause('slow.test', 200);
    let started = performance.now();
    (await b.acquire('slow.test'))();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);

    a.setMinGap('slow.test', 150);
    (await a.acquire('slow.test'))();
    started = performance.now();
    (await b.acquire('slow.test'))();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('frees the slot of a holder that died, once its lease ran out, and not before', async () => {
    const [a, b, conns] = twoProcesses({ minGapMs: 0, leaseMs: 400 });
    await a.acquire('dead.test');
    conns[0].disconnect(); // the holder dies: no release, no lease renewal
    const started = performance.now();
    (await b.acquire('dead.test'))();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(2_000);
  });

  it('a live holder keeps its slot past the lease by renewing it', async () => {
    const [a, b] = twoProcesses({ minGapMs: 0, leaseMs: 300 });
    const release = await a.acquire('long.test');
    let granted = false;
    const second = b.acquire('long.test').then((r) => { granted = true; return r; });
    await wait(900);
    expect(granted).toBe(false);
    release();
    (await second)();
    expect(granted).toBe(true);
  });

  it('allows N at once for an address with maxConcurrent N', async () => {
    const [a, b] = twoProcesses({ maxConcurrent: 2, leaseMs: 10_000 });
    const first = await a.acquire('10.0.0.1');
    await b.acquire('10.0.0.1');
    let third = false;
    const pending = a.acquire('10.0.0.1').then((r) => { third = true; return r; });
    await wait(100);
    expect(third).toBe(false);
    first();
    (await pending)();
    expect(third).toBe(true);
  });

  it('gives up waiting when the signal aborts', async () => {
    const [a, b] = twoProcesses({ minGapMs: 0, leaseMs: 10_000 });
    await a.acquire('busy.test');
    const controller = new AbortController();
    const pending = b.acquire('busy.test', controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
