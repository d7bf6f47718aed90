import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../fetch/politeness.ts';
import { GapAfterResponse } from './polite-gate.ts';

describe('GapAfterResponse', () => {
  it('starts the next request to a host only the gap after the previous one ended', async () => {
    const gate = new GapAfterResponse(new HostLimiter({ minGapMs: 40 }), 40);
    const starts: number[] = [];
    const request = async (workMs: number) => {
      const release = await gate.acquire('a.test');
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, workMs));
      release();
    };
    await Promise.all([request(60), request(0), request(0)]);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(60 + 40 - 2);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(40 - 2);
  });

  it('applies a larger Crawl-delay after each response of that host only', async () => {
    const gate = new GapAfterResponse(new HostLimiter({ minGapMs: 0 }), 0);
    gate.setMinGap('slow.test', 80);
    const t0 = Date.now();
    (await gate.acquire('slow.test'))();
    (await gate.acquire('fast.test'))();
    expect(Date.now() - t0).toBeLessThan(40);
    await gate.acquire('slow.test');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(78);
  });
});
