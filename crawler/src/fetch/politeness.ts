/** Gives up a slot taken with `acquire`. Calling it twice is harmless. */
export type Release = () => void;

/**
 * Per-host politeness. The in-process HostLimiter implements it; a Redis-backed one can replace it for
 * crawls spread over several machines. `host` is whatever key the caller limits on: a host name, or an IP
 * address for per-IP limits.
 */
export interface RequestGate {
  /** Waits until a request to `host` may start; resolves with the function that ends it. */
  acquire(host: string, signal?: AbortSignal): Promise<Release>;
  /** No request to `host` starts for `ms` (a 429 or 503 with Retry-After). */
  pause(host: string, ms: number): void;
  /** Raises the minimum gap between request starts for `host` (robots.txt Crawl-delay). Never lowers it. */
  setMinGap(host: string, ms: number): void;
}

export interface HostLimiterOptions {
  /** Requests in flight per host at once. Default 1. */
  maxConcurrentPerHost?: number;
  /** Minimum time between the starts of two requests to one host (`--delay-ms`). Default 0. */
  minGapMs?: number;
  /** Longest pause a Retry-After may impose; longer ones are cut to this. Default 10 minutes. */
  maxPauseMs?: number;
}

interface HostState {
  active: number;
  gapMs: number;
  nextStartAt: number;
  waiters: Array<{ grant: (release: Release) => void }>;
  timer?: NodeJS.Timeout;
}

export class HostLimiter implements RequestGate {
  private readonly hosts = new Map<string, HostState>();
  private readonly maxConcurrent: number;
  private readonly defaultGapMs: number;
  private readonly maxPauseMs: number;

  constructor(options: HostLimiterOptions = {}) {
    this.maxConcurrent = Math.max(1, options.maxConcurrentPerHost ?? 1);
    this.defaultGapMs = Math.max(0, options.minGapMs ?? 0);
    this.maxPauseMs = options.maxPauseMs ?? 10 * 60_000;
  }

  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    signal?.throwIfAborted();
    const state = this.stateOf(host);
    return new Promise<Release>((resolve, reject) => {
      const waiter = {
        grant: (release: Release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      const onAbort = () => {
        const index = state.waiters.indexOf(waiter);
        if (index >= 0) state.waiters.splice(index, 1);
        if (state.waiters.length === 0 && state.timer) {
          clearTimeout(state.timer);
          state.timer = undefined;
        }
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiters.push(waiter);
      this.pump(host, state);
    });
  }

  pause(host: string, ms: number): void {
    const state = this.stateOf(host);
    const until = Date.now() + Math.min(Math.max(0, ms), this.maxPauseMs);
    state.nextStartAt = Math.max(state.nextStartAt, until);
    this.pump(host, state);
  }

  setMinGap(host: string, ms: number): void {
    const state = this.stateOf(host);
    state.gapMs = Math.max(state.gapMs, ms);
  }

  private stateOf(host: string): HostState {
    const key = host.toLowerCase();
    let state = this.hosts.get(key);
    if (!state) {
      state = { active: 0, gapMs: this.defaultGapMs, nextStartAt: 0, waiters: [] };
      this.hosts.set(key, state);
    }
    return state;
  }

  private pump(host: string, state: HostState): void {
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    while (state.waiters.length > 0 && state.active < this.maxConcurrent) {
      const wait = state.nextStartAt - Date.now();
      if (wait > 0) {
        state.timer = setTimeout(() => this.pump(host, state), wait);
        return;
      }
      const waiter = state.waiters.shift()!;
      state.active++;
      state.nextStartAt = Date.now() + state.gapMs;
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        state.active--;
        this.pump(host, state);
      });
    }
  }
}
