import { describe, expect, it } from 'vitest';
import { BUILTIN_LOCAL_POOLS, PoolError, expandFirstFit, expandRoundRobin } from '../../src/net/pools.js';
import { entryAt } from '../../src/engine/round-robin.js';
import { formatPrefix } from '../../src/net/prefix.js';

const flat = (specs: { base: string; size: number }[]) => {
  const l = expandRoundRobin(specs);
  return Array.from({ length: l.length }, (_, i) => formatPrefix(entryAt(l, i)));
};

describe('built-in local pools (docker-ipam.md §1.1)', () => {
  it('has 31 candidates: 172.17–172.31 /16, then 192.168.0.0/20 … 192.168.240.0/20', () => {
    const all = flat(BUILTIN_LOCAL_POOLS);
    expect(all).toHaveLength(31);
    expect(all[0]).toBe('172.17.0.0/16');
    expect(all[14]).toBe('172.31.0.0/16');
    expect(all[15]).toBe('192.168.0.0/20');
    expect(all[30]).toBe('192.168.240.0/20');
    expect(all).not.toContain('172.16.0.0/16');
  });
});

describe('default-address-pools on Engine ≤ 26', () => {
  it('keeps config order and does not de-duplicate', () => {
    expect(
      flat([
        { base: '10.10.0.0/23', size: 24 },
        { base: '10.9.0.0/24', size: 24 },
        { base: '10.10.0.0/24', size: 24 },
      ]),
    ).toEqual(['10.10.0.0/24', '10.10.1.0/24', '10.9.0.0/24', '10.10.0.0/24']);
  });
  it('splits a base whose size equals its prefix into one subnet', () => {
    expect(flat([{ base: '172.80.0.0/16', size: 16 }])).toEqual(['172.80.0.0/16']);
  });
  it('gives an IPv6 base with size ≤ 64 as copies of one subnet (Go shift wraps, moby#41438)', () => {
    expect(flat([{ base: 'fd00:1::/62', size: 64 }])).toEqual(['fd00:1::/64', 'fd00:1::/64', 'fd00:1::/64', 'fd00:1::/64']);
  });
  it("refuses a size smaller than the base prefix with dockerd's words", () => {
    expect(() => expandRoundRobin([{ base: '10.0.0.0/16', size: 8 }])).toThrow('invalid pools size: 8');
    expect(() => expandRoundRobin([{ base: '10.0.0.0/16', size: 33 }])).toThrow(PoolError);
  });
  it('never materialises a large split (10.0.0.0/8 at /24 is 65,536 candidates)', () => {
    const l = expandRoundRobin([{ base: '10.0.0.0/8', size: 24 }]);
    expect(l.length).toBe(65536);
    expect(formatPrefix(entryAt(l, 65535))).toBe('10.255.255.0/24');
  });
});

describe('default-address-pools on Engine ≥ 27', () => {
  it('sorts by base address and drops bases overlapping an earlier kept one', () => {
    const { pools, dropped } = expandFirstFit([
      { base: '10.20.0.0/16', size: 24 },
      { base: '10.10.0.0/16', size: 24 },
      { base: '10.10.128.0/17', size: 26 },
    ]);
    expect(pools.map((p) => `${formatPrefix(p.base)}@${p.size}`)).toEqual(['10.10.0.0/16@24', '10.20.0.0/16@24']);
    expect(dropped.map((p) => formatPrefix(p.base))).toEqual(['10.10.128.0/17']);
  });
  it('masks a base written with host bits (28.5.2 live: 100.104.88.124/23 gave docker0 100.104.88.0/24)', () => {
    const { pools } = expandFirstFit([{ base: '100.104.88.124/23', size: 24 }]);
    expect(pools.map((p) => `${formatPrefix(p.base)}@${p.size}`)).toEqual(['100.104.88.0/23@24']);
  });
});
