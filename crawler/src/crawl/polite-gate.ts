import type { Release, RequestGate } from '../fetch/politeness.ts';

/**
 * Makes a host's delay run from the END of one request to the start of the next, on top of the inner
 * gate's spacing of starts. Spacing starts alone is not enough in practice: a grant is followed by the
 * actual send only once the event loop is free, so a send delayed by CPU work (another site's page being
 * classified) lands closer to the next one than the delay allows. Waiting after the response closes that gap.
 */
export class GapAfterResponse implements RequestGate {
  private readonly gaps = new Map<string, number>();

  constructor(private readonly inner: RequestGate, private readonly defaultGapMs: number) {}

  async acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const release = await this.inner.acquire(host, signal);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inner.pause(host, this.gapOf(host));
      release();
    };
  }

  pause(host: string, ms: number): void {
    this.inner.pause(host, ms);
  }

  setMinGap(host: string, ms: number): void {
    this.gaps.set(host.toLowerCase(), Math.max(this.gapOf(host), ms));
    this.inner.setMinGap(host, ms);
  }

  private gapOf(host: string): number {
    return this.gaps.get(host.toLowerCase()) ?? this.defaultGapMs;
  }
}
