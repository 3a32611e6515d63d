// Engine ≥ 27.0.1: first-fit over the sorted pools, no cursor (docker-ipam.md §2.3). For each pool in
// order, the lowest aligned subnet of `size` that overlaps nothing allocated or reserved (host
// nameservers and on-link routes). History-free: after `down`, the next `up` gets the same subnets.
import type { FirstFitPool } from '../net/pools.js';
import type { Family, Prefix } from '../net/prefix.js';
import type { AddressSpace } from './space.js';

/**
 * One Prefix object per (pool, address): first-fit hands the same subnets out again after every `down`,
 * and the simulation shares its records (per-network allocation records, one-subnet arrays) by object
 * identity, so a fresh object per request made a new record every cycle. Bounded per pool.
 */
const interned = new WeakMap<FirstFitPool, Map<number | bigint, Prefix>>();
const INTERNED = 1 << 16;

function intern(pool: FirstFitPool, p: Prefix): Prefix {
  let m = interned.get(pool);
  if (!m) {
    m = new Map();
    interned.set(pool, m);
  }
  const hit = m.get(p.addr);
  if (hit) return hit;
  if (m.size < INTERNED) m.set(p.addr, p);
  return p;
}

function firstFreeInPool(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): Prefix | null {
  const { base, size } = pool;
  if (base.family === 4) {
    const step = 2 ** (32 - size);
    const last = base.addr + 2 ** (32 - base.bits) - 1;
    let a = base.addr;
    while (a + step - 1 <= last) {
      const e1 = space.coverEnd4(a, a + step - 1);
      const e2 = reserved.coverEnd4(a, a + step - 1);
      if (e1 === undefined && e2 === undefined) return intern(pool, { family: 4, addr: a, bits: size });
      const end = Math.max(e1 ?? -1, e2 ?? -1);
      a = Math.ceil((end + 1 - base.addr) / step) * step + base.addr;
    }
    return null;
  }
  const shift = BigInt(128 - size);
  const step = 1n << shift;
  const last = base.addr | ((1n << BigInt(128 - base.bits)) - 1n);
  let a = base.addr;
  while (a + step - 1n <= last) {
    const e1 = space.coverEnd6(a, a + step - 1n);
    const e2 = reserved.coverEnd6(a, a + step - 1n);
    if (e1 === undefined && e2 === undefined) return intern(pool, { family: 6, addr: a, bits: size });
    let end = e1 ?? -1n;
    if (e2 !== undefined && e2 > end) end = e2;
    a = ((end + 1n - base.addr + step - 1n) >> shift << shift) + base.addr;
  }
  return null;
}

export class FirstFitAllocator {
  constructor(
    readonly pools: FirstFitPool[],
    /** nameservers and on-link routes: never handed out */
    readonly reserved: AddressSpace,
  ) {}

  request(family: Family, space: AddressSpace): Prefix | null {
    for (const pool of this.pools) {
      if (pool.base.family !== family) continue;
      const p = firstFreeInPool(pool, space, this.reserved);
      if (p) return p;
    }
    return null;
  }
}
