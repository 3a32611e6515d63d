// Engine ≥ 27.0.1: first-fit over the sorted pools, no cursor (docker-ipam.md §2.3). For each pool in
// order, the lowest aligned subnet of `size` that overlaps nothing allocated or reserved (host
// nameservers and on-link routes) — except where a prefix lies inside a wider one in the pool: dockerd
// then hands out the subnet after the inner prefix, inside the wider one (walkPool4). History-free:
// after `down`, the next `up` gets the same subnets.
import type { FirstFitPool } from '../net/pools.js';
import { v4Size, type Family, type Prefix } from '../net/prefix.js';
import { AddressSpace } from './space.js';

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

/**
 * Whether an entry inside the pool (allocated or reserved) is wider than one subnet of the pool and no
 * entry holds the whole pool. Only then can dockerd's walk (walkPool4) differ from the plain first fit:
 * when everything inside the pool fits in one subnet, the entry last seen is also the one reaching
 * furthest.
 */
function wideInside4(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): boolean {
  const { base, size } = pool;
  const m = Math.min(space.shortestInside4(base.addr as number, base.bits), reserved.shortestInside4(base.addr as number, base.bits));
  return m > base.bits && m < size;
}

/**
 * What dockerd ≥ 27 hands out from one IPv4 pool (moby's addrSpace.allocatePredefinedPool, read at
 * v28.x), or null when it finds the pool full. It walks the allocated and reserved prefixes merged in
 * one sorted order (by address, the shorter first) and keeps only the prefix it saw last: the next
 * subnet is the one after that prefix, and it is taken when the next prefix in the order starts a
 * whole subnet or more further on. A prefix inside a wider one (a network with --subnet, or docker0's
 * bip, inside an on-link route; a nameserver inside a network) comes after it and moves that point
 * back into the wider prefix, so the subnet after the inner one is handed out although the wider
 * prefix covers it (seen live on 28.5.2: on-link 192.168.0.0/17 and --subnet 192.168.48.0/20 gave the
 * next network 192.168.64.0/20). A prefix holding the whole pool, or one reaching its last address,
 * ends the pool.
 */
function walkPool4(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): Prefix | null {
  const { base, size } = pool;
  const first = base.addr as number;
  const last = first + v4Size(base.bits) - 1;
  const step = v4Size(size);
  let next = first;
  let done = false;
  let found = -1;
  AddressSpace.inOrder4(space, reserved, first, base.bits, size, (start, end) => {
    if (start <= first && end >= last) {
      done = true;
    } else if (start >= next + step) {
      found = next;
    } else if (end === last) {
      done = true;
    } else {
      next = first + Math.floor((end - first) / step) * step + step;
      return false;
    }
    return true;
  });
  if (found >= 0) return intern(pool, { family: 4, addr: found, bits: size }, found);
  if (done || next + step - 1 > last) return null;
  return intern(pool, { family: 4, addr: next, bits: size }, next);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** the IPv6 subnet of the pool at addr (step: its size), interned by its index (one past 2^53 is not) */
function intern6(pool: FirstFitPool, addr: bigint, step: bigint): Prefix {
  const p: Prefix = { family: 6, addr, bits: pool.size };
  const index = (addr - (pool.base.addr as bigint)) / step;
  return index <= MAX_SAFE ? intern(pool, p, Number(index)) : p;
}

/** wideInside4 for an IPv6 pool */
function wideInside6(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): boolean {
  const { base, size } = pool;
  const m = Math.min(space.shortestInside6(base.addr as bigint, base.bits), reserved.shortestInside6(base.addr as bigint, base.bits));
  return m > base.bits && m < size;
}

/**
 * The first free subnet of an IPv6 pool, jumping past covered runs (the plain first fit, which is
 * dockerd's walk unless wideInside6): walkPool6 lists every entry in the pool for each request, and 8,000
 * IPv6 networks on one host made that quadratic.
 */
function firstFreeInPool6(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): Prefix | null {
  const { base, size } = pool;
  const shift = BigInt(128 - size);
  const step = 1n << shift;
  const first = base.addr as bigint;
  const last = first | ((1n << BigInt(128 - base.bits)) - 1n);
  let a = first;
  while (a + step - 1n <= last) {
    const e1 = space.coverEnd6(a, a + step - 1n);
    const e2 = reserved.coverEnd6(a, a + step - 1n);
    if (e1 === undefined && e2 === undefined) return intern6(pool, a, step);
    let end = e1 ?? -1n;
    if (e2 !== undefined && e2 > end) end = e2;
    a = (((end + 1n - first + step - 1n) >> shift) << shift) + first;
  }
  return null;
}

/** walkPool4 for an IPv6 pool holding a wide entry (the merged list is built for each request) */
function walkPool6(pool: FirstFitPool, space: AddressSpace, reserved: AddressSpace): Prefix | null {
  const { base, size } = pool;
  const first = base.addr as bigint;
  const step = 1n << BigInt(128 - size);
  const last = first | ((1n << BigInt(128 - base.bits)) - 1n);
  const entries = [...space.overlapping6(first, last), ...reserved.overlapping6(first, last)].sort((x, y) =>
    x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] > y[1] ? -1 : x[1] < y[1] ? 1 : 0,
  );
  let next = first;
  for (const [start, end] of entries) {
    if (start <= first && end >= last) return null;
    if (start >= next + step) return intern6(pool, next, step);
    if (end === last) return null;
    next = first + ((end - first) / step) * step + step;
  }
  return next + step - 1n <= last ? intern6(pool, next, step) : null;
}

export class FirstFitAllocator {
  constructor(
    readonly pools: readonly FirstFitPool[],
    /** nameservers and on-link routes: never handed out */
    readonly reserved: AddressSpace,
  ) {}

  request(family: Family, space: AddressSpace): Prefix | null {
    // IPv4: a covered run that reaches past a full pool covers every later pool that ends inside it
    // (the pools are sorted and disjoint), so those are passed without a probe — unless a wide entry
    // inside one lets dockerd's walk find room there anyway
    let coveredTo = -1;
    for (const pool of this.pools) {
      if (pool.base.family !== family) continue;
      if (family === 4) {
        if (wideInside4(pool, space, this.reserved)) {
          const p = walkPool4(pool, space, this.reserved);
          if (p) return p;
          continue;
        }
        const first = pool.base.addr as number;
        if (first + v4Size(pool.base.bits) - 1 <= coveredTo) continue;
        const r = firstFreeInPool4(pool, space, this.reserved);
        if (typeof r !== 'number') return r;
        coveredTo = r;
        continue;
      }
      const p = wideInside6(pool, space, this.reserved)
        ? walkPool6(pool, space, this.reserved)
        : firstFreeInPool6(pool, space, this.reserved);
      if (p) return p;
    }
    return null;
  }
}
