// The politeness gate of a worker: one request at a time per host name with the crawl's delay, and at most
// `ipConnections` requests in flight per IP address (schools on one shared-hosting server), both held in
// Redis so that they count every worker of the crawl.
import { lookup } from 'node:dns/promises';
import type { Redis } from 'ioredis';
import { HostMap } from '../fetch/host-map.ts';
import type { Release, RequestGate } from '../fetch/politeness.ts';
import { RedisHostLimiter } from '../fetch/redis-limiter.ts';

export interface SharedGateOptions {
  redis: Redis;
  prefix: string;
  delayMs: number;
  /** 0 switches the per-IP limit off. */
  ipConnections: number;
  /** How long the slot of a killed worker stays taken. */
  leaseMs: number;
  hostMap: string[];
}

export function sharedPolitenessGate(options: SharedGateOptions): RequestGate {
  const hosts = new RedisHostLimiter({
    redis: options.redis, prefix: `${options.prefix}:host`, maxConcurrent: 1, minGapMs: options.delayMs, leaseMs: options.leaseMs,
  });
  if (options.ipConnections <= 0) return hosts;
  const addresses = new RedisHostLimiter({
    redis: options.redis, prefix: `${options.prefix}:ip`, maxConcurrent: options.ipConnections, leaseMs: options.leaseMs,
  });
  return new HostThenAddressGate(hosts, addresses, addressResolver(HostMap.parse(options.hostMap)));
}

/** Takes the host's slot, then its address's; pauses and Crawl-delays concern the host. */
class HostThenAddressGate implements RequestGate {
  constructor(
    private readonly hosts: RequestGate,
    private readonly addresses: RequestGate,
    private readonly addressOf: (host: string) => Promise<string | undefined>,
  ) {}

  async acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const releaseHost = await this.hosts.acquire(host, signal);
    try {
      const address = await this.addressOf(host);
      // A host that does not resolve gets no address slot: its request fails with 'dns' on its own.
      if (!address) return releaseHost;
      const releaseAddress = await this.addresses.acquire(address, signal);
      return () => {
        releaseAddress();
        releaseHost();
      };
    } catch (error) {
      releaseHost();
      throw error;
    }
  }

  pause(host: string, ms: number): void {
    this.hosts.pause(host, ms);
  }

  setMinGap(host: string, ms: number): void {
    this.hosts.setMinGap(host, ms);
  }
}

/** Host name → IP address as the fetcher will connect (host map first, then DNS), remembered for ten minutes. */
function addressResolver(hostMap: HostMap): (host: string) => Promise<string | undefined> {
  const cache = new Map<string, { address?: string; until: number }>();
  return async (host) => {
    const key = host.toLowerCase();
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.address;
    let address = hostMap.resolve(key)?.address;
    if (!address) address = await lookup(key).then((r) => r.address, () => undefined);
    cache.set(key, { address, until: Date.now() + 600_000 });
    return address;
  };
}
