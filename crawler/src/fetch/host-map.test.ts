import { describe, expect, it } from 'vitest';
import { HostMap } from './host-map.ts';

describe('HostMap', () => {
  it('prefers exact names over wildcards and longer wildcards over shorter ones', () => {
    const map = HostMap.parse(['*.test=127.0.0.1', '*.school.test=127.0.0.2', 'www.school.test=127.0.0.3:8080']);
    expect(map.resolve('www.other.test')).toMatchObject({ address: '127.0.0.1' });
    expect(map.resolve('agenda.school.test')).toMatchObject({ address: '127.0.0.2' });
    expect(map.resolve('WWW.School.Test.')).toEqual({ pattern: 'www.school.test', address: '127.0.0.3', port: 8080 });
    expect(map.resolve('test')).toBeUndefined();
    expect(map.resolve('www.example.nl')).toBeUndefined();
  });

  it('answers lookups with a single address or with all addresses', async () => {
    const map = HostMap.parse(['*.test=127.0.0.1']);
    const one = await new Promise((resolve) => map.lookup('a.test', {}, (_e, address, family) => resolve([address, family])));
    expect(one).toEqual(['127.0.0.1', 4]);
    const all = await new Promise((resolve) => map.lookup('a.test', { all: true }, (_e, addresses) => resolve(addresses)));
    expect(all).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });

  it('builds the Chromium resolver flag', () => {
    expect(HostMap.parse(['*.test=127.0.0.1', 'www.a.test=::1']).toChromiumResolverRules()).toBe(
      '--host-resolver-rules=MAP *.test 127.0.0.1, MAP www.a.test [::1]',
    );
    expect(HostMap.parse(['*.test=127.0.0.1:8123']).toChromiumResolverRules()).toBe(
      '--host-resolver-rules=MAP *.test 127.0.0.1:8123',
    );
    expect(HostMap.empty.toChromiumResolverRules()).toBeUndefined();
  });

  it('rejects malformed entries with a message that shows the expected form', () => {
    expect(() => HostMap.parse(['*.test'])).toThrow(/expected HOST=IP/);
    expect(() => HostMap.parse(['*.test=localhost'])).toThrow(/not an IP address/);
    expect(() => HostMap.parse(['*.test=127.0.0.1:99999'])).toThrow(/bad port/);
  });
});
