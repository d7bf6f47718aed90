import { isIP, type LookupFunction } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';

/** Where connections for a host go instead of what DNS says. */
export interface HostMapTarget {
  address: string;
  /** When set, every port of the host is sent here (so `http://www.a.test/` can reach a test server on :8123). */
  port?: number;
}

interface HostMapEntry extends HostMapTarget {
  /** Lower-case host name, or `*.suffix` for every host below the suffix. */
  pattern: string;
}

/**
 * Overrides name resolution for chosen hosts, like `curl --resolve`: entries such as `*.test=127.0.0.1`,
 * `www.a.test=127.0.0.1` or `*.test=127.0.0.1:8123`. Exact names win over wildcards, longer wildcards
 * over shorter ones. Hosts without an entry resolve through normal DNS.
 */
export class HostMap {
  private constructor(private readonly entries: readonly HostMapEntry[]) {}

  static readonly empty = new HostMap([]);

  /** Parses `--host-map` values; throws on a malformed entry (a configuration error worth stopping for). */
  static parse(specs: readonly string[]): HostMap {
    return new HostMap(specs.map(parseEntry));
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  resolve(hostname: string): HostMapTarget | undefined {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    const exact = this.entries.find((e) => e.pattern === host);
    if (exact) return exact;
    let best: HostMapEntry | undefined;
    for (const entry of this.entries) {
      if (!entry.pattern.startsWith('*.')) continue;
      const suffix = entry.pattern.slice(1);
      if (host.endsWith(suffix) && (!best || entry.pattern.length > best.pattern.length)) best = entry;
    }
    return best;
  }

  /** A `lookup` for `net.connect` (undici `connect.lookup`): mapped hosts answer from the map, others from DNS. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const target = this.resolve(hostname);
    if (!target) {
      dnsLookup(hostname, options, callback as never);
      return;
    }
    const family = isIP(target.address);
    if (options.all) {
      const all: LookupAddress[] = [{ address: target.address, family }];
      (callback as unknown as (err: null, addresses: LookupAddress[]) => void)(null, all);
    } else {
      callback(null, target.address, family);
    }
  };

  /** The Chromium flag that applies the same map, or undefined when the map is empty. */
  toChromiumResolverRules(): string | undefined {
    if (this.isEmpty) return undefined;
    const rules = this.entries.map((e) => {
      const address = isIP(e.address) === 6 ? `[${e.address}]` : e.address;
      return `MAP ${e.pattern} ${address}${e.port ? `:${e.port}` : ''}`;
    });
    return `--host-resolver-rules=${rules.join(', ')}`;
  }
}

function parseEntry(spec: string): HostMapEntry {
  const fail = (why: string): never => {
    throw new Error(`invalid --host-map "${spec}": ${why} (expected HOST=IP or HOST=IP:PORT, e.g. *.test=127.0.0.1)`);
  };
  const eq = spec.indexOf('=');
  if (eq <= 0) fail('missing "="');
  const pattern = spec.slice(0, eq).trim().toLowerCase().replace(/\.$/, '');
  const target = spec.slice(eq + 1).trim();
  if (!/^(\*\.)?[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(pattern)) fail('bad host pattern');

  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(target);
  let address = target;
  let portText: string | undefined;
  if (bracketed) {
    address = bracketed[1];
    portText = bracketed[2];
  } else if (isIP(target) === 0) {
    const colon = target.lastIndexOf(':');
    if (colon > 0) {
      address = target.slice(0, colon);
      portText = target.slice(colon + 1);
    }
  }
  if (isIP(address) === 0) fail(`"${address}" is not an IP address`);
  let port: number | undefined;
  if (portText !== undefined) {
    port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail('bad port');
  }
  return { pattern, address, port };
}
