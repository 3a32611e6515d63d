// Engine ≥ 27's first-fit against the rule written out by brute force (docker-ipam.md §2.3): for each
// pool in order, every aligned candidate from the bottom, the first one overlapping nothing allocated
// or reserved. The allocator jumps over covered runs and over whole pools a run covers; the answers
// must be the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstFitAllocator } from '../../src/engine/first-fit.js';
import { AddressSpace } from '../../src/engine/space.js';
import { expandFirstFit, type PoolSpec } from '../../src/net/pools.js';
import { formatPrefix, overlaps, type Prefix } from '../../src/net/prefix.js';

function bruteForce(pools: ReturnType<typeof expandFirstFit>['pools'], taken: Prefix[]): string | null {
  for (const pool of pools) {
    if (pool.base.family !== 4) continue;
    const step = 2 ** (32 - pool.size);
    const count = 2 ** (pool.size - pool.base.bits);
    for (let i = 0; i < count; i++) {
      const cand: Prefix = { family: 4, addr: (pool.base.addr as number) + i * step, bits: pool.size };
      if (!taken.some((t) => overlaps(t, cand))) return formatPrefix(cand);
    }
  }
  return null;
}

describe('first-fit (Engine ≥ 27)', () => {
  it('hands out what a candidate-by-candidate search does, also when runs cover several pools', () => {
    // pools and subnets inside 10.0.0.0/16 so that they meet often: /20 … /24 pools split into /22 … /26
    const pool = fc.record({
      third: fc.integer({ min: 0, max: 255 }),
      bits: fc.integer({ min: 20, max: 24 }),
      extra: fc.integer({ min: 0, max: 2 }),
    });
    const taken = fc.record({
      third: fc.integer({ min: 0, max: 255 }),
      fourth: fc.integer({ min: 0, max: 255 }),
      bits: fc.integer({ min: 18, max: 28 }),
    });
    fc.assert(
      fc.property(
        fc.array(pool, { minLength: 1, maxLength: 8 }),
        fc.array(taken, { maxLength: 12 }),
        fc.array(taken, { maxLength: 4 }),
        fc.integer({ min: 1, max: 12 }),
        (ps, ts, rs, requests) => {
          const specs: PoolSpec[] = ps.map((p) => {
            const size = 2 ** (32 - p.bits);
            const addr = (10 << 24) + (p.third << 8);
            const net = addr - (addr % size);
            return { base: `10.0.${(net >> 8) & 255}.0/${p.bits}`, size: p.bits + 2 + p.extra };
          });
          const { pools } = expandFirstFit(specs);
          const aligned = (t: { third: number; fourth: number; bits: number }): Prefix => {
            const size = 2 ** (32 - t.bits);
            const a = (10 << 24) + (t.third << 8) + t.fourth;
            return { family: 4, addr: a - (a % size), bits: t.bits };
          };
          const space = new AddressSpace();
          const reserved = new AddressSpace();
          const all: Prefix[] = [];
          ts.forEach((t, i) => {
            space.add(aligned(t), `n${i}`);
            all.push(aligned(t));
          });
          for (const r of rs) {
            reserved.add(aligned(r), 'host');
            all.push(aligned(r));
          }
          const ff = new FirstFitAllocator(pools, reserved);
          for (let k = 0; k < requests; k++) {
            const got = ff.request(4, space);
            expect(got ? formatPrefix(got) : null).toBe(bruteForce(pools, all));
            if (!got) break;
            space.add(got, `new${k}`);
            all.push(got);
          }
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});

describe('first-fit: one object per subnet', () => {
  it('hands out the same object for the same IPv6 subnet of a pool, and a new one for another', () => {
    const { pools } = expandFirstFit([{ base: 'fd00:1::/48', size: 64 }]);
    const ff = new FirstFitAllocator(pools, new AddressSpace());
    const space = new AddressSpace();
    const got: Prefix[] = [];
    for (let i = 0; i < 300; i++) {
      const p = ff.request(6, space)!;
      space.add(p, `n${i}`);
      got.push(p);
    }
    expect(formatPrefix(got[299])).toBe('fd00:1:0:12b::/64');
    // down and up again: every subnet comes back as the object handed out the first time
    for (let i = 0; i < 300; i++) space.remove(got[i], `n${i}`);
    for (let i = 0; i < 300; i++) {
      const p = ff.request(6, space)!;
      expect(p).toBe(got[i]);
      space.add(p, `m${i}`);
    }
    // distinct subnets are distinct objects with their own addresses
    expect(new Set(got).size).toBe(300);
    expect(new Set(got.map((p) => p.addr)).size).toBe(300);
  });
});
