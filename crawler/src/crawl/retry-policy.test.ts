import { describe, expect, it } from 'vitest';
import { decideRetry } from './retry-policy.ts';

const settings = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 };

describe('decideRetry', () => {
  it('retries retryable reasons with doubling waits, up to the attempt limit', () => {
    expect(decideRetry('http-5xx', 1, settings)).toEqual({ retry: true, delayMs: 1000 });
    expect(decideRetry('timeout', 2, settings)).toEqual({ retry: true, delayMs: 2000 });
    expect(decideRetry('timeout', 3, settings)).toEqual({ retry: false });
  });
  it('never retries what cannot get better', () => {
    expect(decideRetry('http-4xx', 1, settings)).toEqual({ retry: false });
    expect(decideRetry('corrupt-pdf', 1, settings)).toEqual({ retry: false });
  });
  it('waits at least as long as Retry-After asks, and gives up when it asks too much', () => {
    expect(decideRetry('http-429', 1, settings, 5000)).toEqual({ retry: true, delayMs: 5000 });
    expect(decideRetry('http-429', 1, settings, 100)).toEqual({ retry: true, delayMs: 1000 });
    expect(decideRetry('http-429', 1, settings, 60_000)).toEqual({ retry: false });
  });
});
