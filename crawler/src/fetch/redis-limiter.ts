// Per-host politeness shared by every worker of a crawl through Redis: the same rules as HostLimiter
// (at most N requests in flight per key, a minimum gap between starts, pauses for Retry-After, robots.txt
// Crawl-delay), kept in Redis so that they hold however many processes on however many machines crawl.
// Times come from the Redis server's clock, so machines whose clocks disagree still agree on the gap.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Release, RequestGate } from './politeness.ts';

export interface RedisLimiterOptions {
  redis: Redis;
  /** Key prefix; one limiter's keys never meet another prefix's. */
  prefix: string;
  /** Requests in flight per key at once. Default 1. */
  maxConcurrent?: number;
  /** Minimum time between the starts of two requests with one key. Default 0. */
  minGapMs?: number;
  /** A slot whose holder died (kill -9) is free again after this long; a live holder renews it. */
  leaseMs: number;
  /** Longest pause a Retry-After may impose. Default 10 minutes. */
  maxPauseMs?: number;
  /** How often a waiter asks again while all slots of its key are taken. Default 25 ms. */
  pollMs?: number;
}

// KEYS: state hash (next start, gap), holders zset (token → lease expiry). 0 = granted, > 0 = wait that
// many ms for the gap, -1 = every slot taken.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return -1 end
local nextAt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
if nextAt > now then return nextAt - now end
local gap = math.max(tonumber(redis.call('HGET', KEYS[1], 'gap') or '0'), tonumber(ARGV[4]))
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[1])
redis.call('HSET', KEYS[1], 'next', now + gap)
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return 0`;

const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])`;

const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextAt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
redis.call('HSET', KEYS[1], 'next', math.max(nextAt, now + tonumber(ARGV[1])))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 0`;

const SET_GAP = `
local gap = tonumber(redis.call('HGET', KEYS[1], 'gap') or '0')
redis.call('HSET', KEYS[1], 'gap', math.max(gap, tonumber(ARGV[1])))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 0`;

/** Keys of hosts nobody asked for in this long disappear from Redis. */
const KEY_TTL_MS = 3600_000;

export class RedisHostLimiter implements RequestGate {
  private readonly maxConcurrent: number;
  private readonly minGapMs: number;
  private readonly maxPauseMs: number;
  private readonly pollMs: number;

  constructor(private readonly options: RedisLimiterOptions) {
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 1);
    this.minGapMs = Math.max(0, options.minGapMs ?? 0);
    this.maxPauseMs = options.maxPauseMs ?? 10 * 60_000;
    this.pollMs = options.pollMs ?? 25;
  }

  async acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const keys = this.keysOf(host);
    const token = randomBytes(8).toString('hex');
    const { redis, leaseMs } = this.options;
    for (;;) {
      signal?.throwIfAborted();
      const wait = Number(await redis.eval(ACQUIRE, 2, ...keys, token, this.maxConcurrent, leaseMs, this.minGapMs, KEY_TTL_MS));
      if (wait === 0) break;
      await pause(wait > 0 ? wait : this.pollMs, signal);
    }
    const renewal = setInterval(() => {
      redis.eval(RENEW, 1, keys[1], token, leaseMs).catch(() => {});
    }, Math.max(50, Math.floor(leaseMs / 3)));
    renewal.unref();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      clearInterval(renewal);
      // Fire and forget: commands on one connection run in order, so a pause sent before this lands first.
      redis.zrem(keys[1], token).catch(() => {});
    };
  }

  pause(host: string, ms: number): void {
    const wait = Math.min(Math.max(0, ms), this.maxPauseMs);
    this.options.redis.eval(PAUSE, 1, this.keysOf(host)[0], wait, KEY_TTL_MS).catch(() => {});
  }

  setMinGap(host: string, ms: number): void {
    this.options.redis.eval(SET_GAP, 1, this.keysOf(host)[0], Math.max(0, ms), KEY_TTL_MS).catch(() => {});
  }

  private keysOf(host: string): [string, string] {
    const base = `${this.options.prefix}:${host.toLowerCase()}`;
    return [base, `${base}:holders`];
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
