// Docker's candidate pools (docker-ipam.md §1): the built-in local list, the swarm list, and the
// expansion of daemon.json `default-address-pools` under the Engine ≤ 26 and ≥ 27 rules.
// A candidate list is kept as segments (base, size, count) and never materialised: 10.0.0.0/8 at /24
// is 65,536 candidates and fd00::/8 at /64 would be 2^56.
import { createHash } from 'node:crypto';
import { comparePrefix, formatPrefix, overlaps, parsePrefix, type Family, type Prefix } from './prefix.js';
import { groupDigits } from '../digits.js';

export interface PoolSpec {
  base: string;
  size: number;
}

/**
 * A run of candidates in a flattened candidate list. Entry j (0 ≤ j < count) is the subnet of
 * length `size` at `base + (j mod unique) · 2^(maxbits−size)`. `unique` < `count` only for Engine ≤ 26
 * IPv6 splits, where Go's 64-bit shift wraps (size ≤ 64 gives `count` copies of one subnet, moby#41438).
 */
export interface Segment {
  family: Family;
  base: Prefix;
  size: number;
  count: number;
  unique: number;
}

export interface CandidateList {
  segments: Segment[];
  /** total number of entries (the round-robin cursor's modulus) */
  length: number;
}

/** The built-in local pools, identical from 20.10 to 28.x: 172.17–31/16 then 192.168.0.0/16 at /20. */
export const BUILTIN_LOCAL_POOLS: PoolSpec[] = [
  ...Array.from({ length: 15 }, (_, i) => ({ base: `172.${17 + i}.0.0/16`, size: 16 })),
  { base: '192.168.0.0/16', size: 20 },
];

/** The swarm (global scope) default: 10.0.0.0/8 split into /24. */
export const BUILTIN_SWARM_POOLS: PoolSpec[] = [{ base: '10.0.0.0/8', size: 24 }];

/** The Engine ≥ 27 IPv6 default when no IPv6 base is configured: a ULA /48 from the engine ID. */
export const EMPTY_ENGINE_ID_ULA = 'fd42:98fc:1c14::/48';

/**
 * The ULA /48 Engine ≥ 27 adds to the pools when none of them is IPv6 (moby's DeriveULABaseNetwork):
 * the 40 low bits of the first 8 bytes of SHA-256(engine ID), big-endian, after fd00::/8, split into /64s.
 * Seen live on 28.5.2: ID cfabfba2-9576-45e4-9c03-8fc8e1d308fb → fd1f:1e0c:7f71::/48; the empty ID gives
 * fd42:98fc:1c14::/48.
 */
export function ulaForEngineId(engineId: string): string {
  const sha = createHash('sha256').update(engineId, 'utf8').digest();
  const hex = sha.subarray(3, 8).toString('hex'); // bytes 3–7: the 40 low bits of the first 8
  const r = parsePrefix(`fd${hex.slice(0, 2)}:${hex.slice(2, 6)}:${hex.slice(6, 10)}::/48`);
  if ('error' in r) throw new Error(`ulaForEngineId: ${r.error}`);
  return formatPrefix(r.prefix);
}

export class PoolError extends Error {
  constructor(
    message: string,
    /** index of the offending entry in the configured list */
    readonly index: number,
  ) {
    super(message);
  }
}

/** bases parsed once per pool entry (every simulation of a host expands the same entries again) */
const parsedBases = new WeakMap<PoolSpec, { text: string; r: ReturnType<typeof parsePrefix> }>();

/** a pool base, masked when written with host bits (both allocator lines accept that) */
function parseBase(spec: PoolSpec, index: number): Prefix {
  let hit = parsedBases.get(spec);
  if (!hit || hit.text !== spec.base) {
    hit = { text: spec.base, r: parsePrefix(spec.base) };
    parsedBases.set(spec, hit);
  }
  const r = hit.r;
  if ('error' in r) throw new PoolError(`invalid base pool "${spec.base}": ${r.error}`, index);
  return r.prefix;
}

function maxBits(f: Family): number {
  return f === 4 ? 32 : 128;
}

/**
 * Engine ≤ 26 builds the whole candidate list in memory at start (splitNetwork: `make([]*net.IPNet, 0, n)`
 * and one allocation per subnet). From 2^30 subnets in one entry that is tens to hundreds of GB and dockerd
 * dies with "fatal error: runtime: out of memory" (moby#40275: an IPv6 /64 split into /94…/96; moby#44053);
 * from 2^46 Go refuses the slice outright ("makeslice: cap out of range"). Such an entry is refused like an
 * invalid size, which also keeps every candidate index an exact integer (below 2^53) in the simulation.
 */
export const MAX_ROUND_ROBIN_SPLIT = 29;

function tooManySubnets(spec: PoolSpec, k: number): string {
  const n = groupDigits(2n ** BigInt(k));
  const why =
    k >= 46
      ? 'dockerd panics: makeslice: cap out of range'
      : 'dockerd runs out of memory building that list at start: "fatal error: runtime: out of memory" (moby#40275)';
  return (
    `invalid pools size: ${spec.size} — ${spec.base} split into /${spec.size} is 2^${k} = ${n} subnets, which Engine ≤ 26 materialises ` +
    `as one list in memory; ${why}. Split into at most 2^${MAX_ROUND_ROBIN_SPLIT} subnets (size ≤ prefix + ${MAX_ROUND_ROBIN_SPLIT})`
  );
}

/**
 * Engine ≤ 26: config order, each base split ascending, lists concatenated, no sorting and no
 * de-duplication. Mirrors Go's splitNetwork: n = 1 << (size−prefix) as a 64-bit int, the ordinal
 * shifted into a 64-bit uint.
 */
/**
 * Expansions by pool list: every simulated daemon without a daemon.json expands the built-in lists, and
 * a host's models and proofs share theirs. The results are read-only; a list that fails is not kept.
 */
const roundRobinLists = new WeakMap<readonly PoolSpec[], CandidateList>();
const firstFitLists = new WeakMap<readonly PoolSpec[], { pools: FirstFitPool[]; dropped: FirstFitPool[] }>();

export function expandRoundRobin(specs: PoolSpec[]): CandidateList {
  let list = roundRobinLists.get(specs);
  if (!list) {
    list = expandRoundRobinUncached(specs);
    roundRobinLists.set(specs, list);
  }
  return list;
}

function expandRoundRobinUncached(specs: PoolSpec[]): CandidateList {
  const segments: Segment[] = [];
  let length = 0;
  specs.forEach((spec, index) => {
    const base = parseBase(spec, index);
    const bits = maxBits(base.family);
    if (!Number.isInteger(spec.size) || spec.size <= 0 || spec.size < base.bits || spec.size > bits) {
      throw new PoolError(`invalid pools size: ${spec.size}`, index);
    }
    const k = spec.size - base.bits;
    if (k >= 64) return; // Go: 1 << 64 == 0 → no entries
    if (k === 63) throw new PoolError(`invalid pools size: ${spec.size} (dockerd panics: makeslice: cap out of range)`, index);
    if (k > MAX_ROUND_ROBIN_SPLIT) throw new PoolError(tooManySubnets(spec, k), index);
    const count = 2 ** k;
    const s = bits - spec.size;
    // ordinal i << s wraps at 2^64: only 2^(64−s) distinct values (1 when s ≥ 64)
    const unique = s >= 64 ? 1 : Math.min(count, 2 ** (64 - s));
    segments.push({ family: base.family, base, size: spec.size, count, unique });
    length += count;
  });
  return { segments, length };
}

export interface FirstFitPool {
  base: Prefix;
  size: number;
  /** index in the configured list, for locating findings */
  index: number;
}

/**
 * Engine ≥ 27.0.1: per family, sorted by base address then prefix length; a base overlapping an
 * earlier kept base is dropped. A base with host bits is masked (28.5.2, live: "100.104.88.124/23"
 * gives docker0 100.104.88.0/24); bad sizes refuse to start.
 */
export function expandFirstFit(specs: PoolSpec[]): { readonly pools: readonly FirstFitPool[]; readonly dropped: readonly FirstFitPool[] } {
  let r = firstFitLists.get(specs);
  if (!r) {
    r = expandFirstFitUncached(specs);
    firstFitLists.set(specs, r);
  }
  return r;
}

function expandFirstFitUncached(specs: PoolSpec[]): { pools: FirstFitPool[]; dropped: FirstFitPool[] } {
  const all: FirstFitPool[] = specs.map((spec, index) => {
    const base = parseBase(spec, index);
    if (!Number.isInteger(spec.size) || spec.size <= 0 || spec.size < base.bits || spec.size > maxBits(base.family)) {
      throw new PoolError(`invalid pools size: ${spec.size}`, index);
    }
    return { base, size: spec.size, index };
  });
  all.sort((a, b) => comparePrefix(a.base, b.base));
  const pools: FirstFitPool[] = [];
  const dropped: FirstFitPool[] = [];
  // kept bases are disjoint and ascending, so a later base (address ≥ theirs) can only overlap the last
  // one kept of its family
  const last: { 4?: FirstFitPool; 6?: FirstFitPool } = {};
  for (const p of all) {
    const k = last[p.base.family];
    if (k && overlaps(k.base, p.base)) dropped.push(p);
    else {
      pools.push(p);
      last[p.base.family] = p;
    }
  }
  return { pools, dropped };
}

/** How many subnets a candidate list offers per family (unique subnets, as a decimal string). */
export function candidateCount(list: CandidateList, family: Family): bigint {
  let n = 0n;
  for (const s of list.segments) if (s.family === family) n += BigInt(s.unique);
  return n;
}
