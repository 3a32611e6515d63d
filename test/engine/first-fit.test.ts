// Engine ≥ 27's first-fit against two references written out by brute force. (1) What dockerd offers,
// stated pool by pool as the behaviour seen live (`offered`: after each prefix in turn, not after the
// furthest reached). (2) Where no prefix lies inside another, the plain rule of docker-ipam.md §2.3: for
// each pool in order, every aligned candidate from the bottom, the first one overlapping nothing. The allocator jumps over covered runs, over whole pools a run covers, and over
// everything inside one subnet of a pool; the answers must be the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstFitAllocator } from '../../src/engine/first-fit.js';
import { AddressSpace } from '../../src/engine/space.js';
import { expandFirstFit, type FirstFitPool, type PoolSpec } from '../../src/net/pools.js';
import { formatPrefix, overlaps, prefixOf, type Prefix, type Prefix4 } from '../../src/net/prefix.js';

type Pools = readonly FirstFitPool[];

function bruteForce(pools: Pools, taken: Prefix[]): string | null {
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

const lastOf = (p: { addr: number; bits: number }): number => p.addr + 2 ** (32 - p.bits) - 1;
const show = (addr: number, bits: number): string => formatPrefix({ family: 4, addr, bits });

/**
 * What Engine ≥ 27 offers, stated pool by pool (docker-ipam.md §2.3, and the answers dockerd 28.5.2 gave
 * live in first-fit-nested.test.ts). Pools in ascending order (expandFirstFit sorts them and drops
 * overlapping ones); in each, the prefixes it overlaps, ascending (the shorter first at one address). A
 * prefix holding the whole pool fills it. Otherwise the offer is the first of: the pool's first subnet,
 * when it lies wholly before the first prefix; then, past each prefix in turn, the subnet after the
 * subnet-sized block holding that prefix's end, when it lies wholly before the next prefix (or, after the
 * last one, inside the pool). "Past each prefix" is past the one just passed, not the one reaching
 * furthest: a prefix inside a wider one sends the offer back inside the wider one. A prefix ending where
 * the pool ends closes it.
 */
function offered(pools: Pools, taken: Prefix4[]): string | null {
  for (const pool of pools) {
    if (pool.base.family !== 4) continue;
    const b = pool.base as Prefix4;
    const unit = 2 ** (32 - pool.size);
    const inside = taken.filter((t) => t.addr <= lastOf(b) && b.addr <= lastOf(t)).sort((x, y) => x.addr - y.addr || x.bits - y.bits);
    if (inside.length > 0 && inside[0].bits <= b.bits) continue;
    // the first subnet to try, and whether the pool is closed
    let at: number | null = b.addr;
    let closed = false;
    for (const x of inside) {
      if (at !== null && at + unit <= x.addr) return show(at, pool.size);
      if (lastOf(x) === lastOf(b)) {
        closed = true;
        break;
      }
      const next = (Math.floor(lastOf(x) / unit) + 1) * unit;
      at = next < 2 ** 32 ? next : null;
    }
    if (!closed && at !== null && at + unit - 1 <= lastOf(b)) return show(at, pool.size);
  }
  return null;
}

// pools and subnets inside 10.0.0.0/16 so that they meet often: /20 … /24 pools split into /22 … /26
const poolArb = fc.record({
  third: fc.integer({ min: 0, max: 255 }),
  bits: fc.integer({ min: 20, max: 24 }),
  extra: fc.integer({ min: 0, max: 2 }),
});
const takenArb = fc.record({
  third: fc.integer({ min: 0, max: 255 }),
  fourth: fc.integer({ min: 0, max: 255 }),
  bits: fc.integer({ min: 18, max: 32 }),
});

function poolsOf(ps: { third: number; bits: number; extra: number }[]): Pools {
  const specs: PoolSpec[] = ps.map((p) => {
    const size = 2 ** (32 - p.bits);
    const addr = (10 << 24) + (p.third << 8);
    const net = addr - (addr % size);
    return { base: `10.0.${(net >> 8) & 255}.0/${p.bits}`, size: p.bits + 2 + p.extra };
  });
  return expandFirstFit(specs).pools;
}

function aligned(t: { third: number; fourth: number; bits: number }): Prefix4 {
  const size = 2 ** (32 - t.bits);
  const a = (10 << 24) + (t.third << 8) + t.fourth;
  return { family: 4, addr: a - (a % size), bits: t.bits };
}

/** runs `requests` requests on the allocator; each answer is taken (as dockerd's IPAM takes it) */
function replay(
  pools: Pools,
  allocated: Prefix4[],
  reservedList: Prefix4[],
  requests: number,
  expected: (taken: Prefix4[]) => string | null,
): void {
  const space = new AddressSpace();
  const reserved = new AddressSpace();
  const all: Prefix4[] = [];
  allocated.forEach((p, i) => {
    space.add(p, `n${i}`);
    all.push(p);
  });
  for (const p of reservedList) {
    reserved.add(p, 'host');
    all.push(p);
  }
  const ff = new FirstFitAllocator(pools, reserved);
  for (let k = 0; k < requests; k++) {
    const got = ff.request(4, space);
    expect(got ? formatPrefix(got) : null).toBe(expected(all));
    if (!got) break;
    space.add(got, `new${k}`);
    all.push(got as Prefix4);
  }
}

describe('first-fit (Engine ≥ 27)', () => {
  it('hands out what dockerd offers, prefixes inside others included', () => {
    fc.assert(
      fc.property(
        fc.array(poolArb, { minLength: 1, maxLength: 8 }),
        fc.array(takenArb, { maxLength: 12 }),
        fc.array(takenArb, { maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        (ps, ts, rs, requests) => {
          const pools = poolsOf(ps);
          replay(pools, ts.map(aligned), rs.map(aligned), requests, (all) => offered(pools, all));
        },
      ),
      { numRuns: 4000, seed: 20261203 },
    );
  });

  it('is the plain first fit (the lowest free candidate) while no prefix lies inside another', () => {
    fc.assert(
      fc.property(
        fc.array(poolArb, { minLength: 1, maxLength: 8 }),
        fc.array(takenArb, { maxLength: 12 }),
        fc.array(takenArb, { maxLength: 4 }),
        fc.integer({ min: 1, max: 12 }),
        (ps, ts, rs, requests) => {
          const pools = poolsOf(ps);
          // keep the prefixes that overlap none kept before: disjoint, so none lies inside another
          const kept: Prefix4[] = [];
          const keep = (p: Prefix4) => !kept.some((k) => overlaps(k, p)) && kept.push(p) > 0;
          const allocated = ts.map(aligned).filter(keep);
          const reserved = rs.map(aligned).filter(keep);
          replay(pools, allocated, reserved, requests, (all) => bruteForce(pools, all));
        },
      ),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  it('gives an IPv6 pool the answers it gives the same shape in IPv4', () => {
    // the IPv4 case moved into fd00::/96 (the IPv4 address in the last 32 bits): walkPool6 against walkPool4
    const to6 = (p: Prefix4): Prefix => ({ family: 6, addr: (0xfd00n << 112n) | BigInt(p.addr), bits: p.bits + 96 });
    fc.assert(
      fc.property(
        fc.array(poolArb, { minLength: 1, maxLength: 6 }),
        fc.array(takenArb, { maxLength: 10 }),
        fc.array(takenArb, { maxLength: 6 }),
        (ps, ts, rs) => {
          const pools4 = poolsOf(ps);
          const pools6: FirstFitPool[] = pools4.map((p) => ({ ...p, base: to6(p.base as Prefix4), size: p.size + 96 }));
          const s4 = new AddressSpace();
          const s6 = new AddressSpace();
          const r4 = new AddressSpace();
          const r6 = new AddressSpace();
          ts.map(aligned).forEach((p, i) => {
            s4.add(p, `n${i}`);
            s6.add(to6(p), `n${i}`);
          });
          for (const p of rs.map(aligned)) {
            r4.add(p, 'host');
            r6.add(to6(p), 'host');
          }
          const got4 = new FirstFitAllocator(pools4, r4).request(4, s4);
          const got6 = new FirstFitAllocator(pools6, r6).request(6, s6);
          expect(got6 ? formatPrefix(got6) : null).toBe(got4 ? formatPrefix(to6(got4 as Prefix4)) : null);
        },
      ),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});

describe('first-fit: IPv6 pools holding a wide entry', () => {
  it('walks them as dockerd does (live #9 moved into fd00::/96)', () => {
    // 192.168.0.0/16 at /20, on-link 192.168.0.0/17, --subnet 192.168.48.0/20: dockerd 28.5.2 gave 192.168.64.0/20
    const { pools } = expandFirstFit([{ base: 'fd00::c0a8:0/112', size: 116 }]);
    const reserved = new AddressSpace();
    reserved.add(prefixOf('fd00::c0a8:0/113'), 'host');
    const space = new AddressSpace();
    space.add(prefixOf('fd00::c0a8:3000/116'), 'x');
    expect(formatPrefix(new FirstFitAllocator(pools, reserved).request(6, space)!)).toBe('fd00::c0a8:4000/116');
    // the route alone: the first subnet after it
    expect(formatPrefix(new FirstFitAllocator(pools, reserved).request(6, new AddressSpace())!)).toBe('fd00::c0a8:8000/116');
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
