import { describe, expect, it } from 'vitest';
import { HostLimiter } from './politeness.ts';

async function startTimes(limiter: HostLimiter, host: string, count: number, holdMs = 0): Promise<number[]> {
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      const release = await limiter.acquire(host);
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, holdMs));
      release();
    }),
  );
  return starts;
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

describe('HostLimiter', () => {
  it('spaces request starts to one host by at least the minimum gap', async () => {
    const starts = await startTimes(new HostLimiter({ minGapMs: 120 }), 'www.school.nl', 4);
    for (const gap of gaps(starts)) expect(gap).toBeGreaterThanOrEqual(118);
  });

  it('allows one request in flight per host by default', async () => {
    const limiter = new HostLimiter();
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const release = await limiter.acquire('www.school.nl');
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        release();
      }),
    );
    expect(peak).toBe(1);
  });

  it('does not hold back other hosts', async () => {
    const limiter = new HostLimiter({ minGapMs: 500 });
    const started = Date.now();
    await Promise.all(['a.nl', 'b.nl', 'c.nl'].map((host) => limiter.acquire(host).then((release) => release())));
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('raises the gap for a Crawl-delay but never lowers it', async () => {
    const limiter = new HostLimiter({ minGapMs: 50 });
    limiter.setMinGap('www.school.nl', 150);
    limiter.setMinGap('www.school.nl', 10);
    const starts = await startTimes(limiter, 'www.school.nl', 3);
    for (const gap of gaps(starts)) expect(gap).toBeGreaterThanOrEqual(148);
  });

  it('pauses a host after Retry-After', async () => {
    const limiter = new HostLimiter();
    limiter.pause('www.school.nl', 200);
    const started = Date.now();
    (await limiter.acquire('www.school.nl'))();
    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
  });

  it('lets a waiting caller give up', async () => {
    const limiter = new HostLimiter({ minGapMs: 10_000 });
    (await limiter.acquire('www.school.nl'))();
    const controller = new AbortController();
    const waiting = limiter.acquire('www.school.nl', controller.signal);
    controller.abort(new Error('crawl stopped'));
    await expect(waiting).rejects.toThrow('crawl stopped');
  });
});
