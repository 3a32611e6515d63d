// Engine ≥ 27.0.1: first-fit over the sorted pools, no cursor (docker-ipam.md §2.3). For each pool in
// order, the lowest aligned subnet of `size` that overlaps nothing allocated or reserved (host
// nameservers and on-link routes). History-free: after `down`, the next `up` gets the same subnets.
import type { FirstFitPool } from '../net/pools.js';
import { v4Size, type Family, type Prefix } from '../net/prefix.js';
import type { AddressSpace } from './space.js';

/**
 * One Prefix object per (pool, address): first-fit hands the same subnets out again after every `down`,
 * and the simulation shares its records (per-network allocation records, one-subnet arrays) by object
 * identity, so a fresh object per request made a new record every cycle. Bounded per pool.
 */
const interned = new WeakMap<FirstFitPool, Map<number, Prefix>>();
const INTERNED = 1 << 16;

/**
 * p, or the object given before for the same subnet. Keyed by a number: the IPv4 address, or an IPv6
 * subnet's index in its pool (`index`, from firstFreeInPool). V8 hashes a BigInt by its low bits, which are
 * zero in every /64: keyed by address, the IPv6 subnets of a pool all fell in one bucket, and each
 * lookup walked all of them (a third of a simulation of 8,000 IPv6 networks).
 */
function intern(pool: FirstFitPool, p: Prefix, key: number): Prefix {
  let m = interned.get(pool);
  if (!m) {
    m = new Map();
    interned.set(pool, m);
  }
  const hit = m.get(key);
  if (hit) return hit;
  if (m.size < INTERNED) m.set(key, p);
  return p;
}

/**
 * The first free subnet of an IPv4 pool, or, when there is none, the last address of the covered run
 * the search ended in (it may reach past the pool: pools after it that end within it are full too).
 */
function firstFreeInPool4(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): Prefix | number {
  const { base, size } = pool;
  const step = v4Size(size);
  const start = base.addr as number;
  const last = start + v4Size(base.bits) - 1;
  let a = start;
  let end = start - 1;
  while (a + step - 1 <= last) {
    const e1 = space.coverEnd4(a, a + step - 1);
    const e2 = reserved.coverEnd4(a, a + step - 1);
    if (e1 === undefined && e2 === undefined) return intern(pool, { family: 4, addr: a, bits: size }, a);
    end = Math.max(e1 ?? -1, e2 ?? -1);
    a = Math.ceil((end + 1 - start) / step) * step + start;
  }
  return end;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function firstFreeInPool(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): Prefix | null {
  const { base, size } = pool;
  if (base.family === 4) {
    const r = firstFreeInPool4(pool, space, reserved);
    return typeof r === 'number' ? null : r;
  }
  const shift = BigInt(128 - size);
  const step = 1n << shift;
  const last = base.addr | ((1n << BigInt(128 - base.bits)) - 1n);
  let a = base.addr;
  while (a + step - 1n <= last) {
    const e1 = space.coverEnd6(a, a + step - 1n);
    const e2 = reserved.coverEnd6(a, a + step - 1n);
    if (e1 === undefined && e2 === undefined) {
      const p: Prefix = { family: 6, addr: a, bits: size };
      // an index past 2^53 has no exact number: not interned
      const index = (a - base.addr) >> shift;
      return index <= MAX_SAFE ? intern(pool, p, Number(index)) : p;
    }
    let end = e1 ?? -1n;
    if (e2 !== undefined && e2 > end) end = e2;
    a = (((end + 1n - base.addr + step - 1n) >> shift) << shift) + base.addr;
  }
  return null;
}

export class FirstFitAllocator {
  constructor(
    readonly pools: readonly FirstFitPool[],
    /** nameservers and on-link routes: never handed out */
    readonly reserved: AddressSpace,
  ) {}

  request(family: Family, space: AddressSpace): Prefix | null {
    // IPv4: a covered run that reaches past a full pool covers every later pool that ends inside it
    // (the pools are sorted and disjoint), so those are passed without a probe
    let coveredTo = -1;
    for (const pool of this.pools) {
      if (pool.base.family !== family) continue;
      if (family === 4) {
        const first = pool.base.addr as number;
        if (first + v4Size(pool.base.bits) - 1 <= coveredTo) continue;
        const r = firstFreeInPool4(pool, space, this.reserved);
        if (typeof r !== 'number') return r;
        coveredTo = r;
        continue;
      }
      const p = firstFreeInPool(pool, space, this.reserved);
      if (p) return p;
    }
    return null;
  }
}
