// Engine 18.06 … 26.x: the round-robin cursor over the flattened candidate list (docker-ipam.md §2.1).
//
//   rotated = P[start:] + P[:start]
//   for i, cand in rotated: skip other family (i still counts); skip if cand overlaps anything
//   allocated; else start = start + i + 1, reset to 0 (not modulo) when ≥ L, return cand.
//
// The list is walked segment by segment, jumping over allocated ranges with integer arithmetic, so a
// 65,536-entry pool costs what a 31-entry one does.
import type { CandidateList, Segment } from '../net/pools.js';
import { v4Size, type Family, type Prefix } from '../net/prefix.js';
import type { AddressSpace } from './space.js';

/**
 * Candidate prefixes, one object per segment entry: a simulation hands the same candidates out cycle
 * after cycle and keeps every cycle's allocations, so sharing them saves most of its objects. Prefixes
 * are immutable. At most INTERNED entries per segment are kept.
 */
const interned = new WeakMap<Segment, Map<number, Prefix>>();
const INTERNED = 1 << 16;

function entryPrefix(seg: Segment, q: number): Prefix {
  let m = interned.get(seg);
  if (!m) {
    m = new Map();
    interned.set(seg, m);
  }
  let p = m.get(q);
  if (p === undefined) {
    p = makeEntry(seg, q);
    if (m.size < INTERNED) m.set(q, p);
  }
  return p;
}

function makeEntry(seg: Segment, q: number): Prefix {
  return seg.family === 4
    ? { family: 4, addr: (seg.base.addr as number) + q * v4Size(seg.size), bits: seg.size }
    : { family: 6, addr: (seg.base.addr as bigint) + (BigInt(q) << BigInt(128 - seg.size)), bits: seg.size };
}

/**
 * First local index j in [from, to) of a segment whose subnet overlaps nothing in `space`, or -1.
 * Entries repeat every `unique` (Go's wrapped shift), ascending within a repetition.
 */
export function firstFreeInSegment(seg: Segment, from: number, to: number, space: AddressSpace, also?: AddressSpace): number {
  const u = seg.unique;
  let j = from;
  while (j < to) {
    const q = j % u;
    const blockStart = j - q;
    let nq: number;
    if (seg.family === 4) {
      const step = v4Size(seg.size);
      const start = (seg.base.addr as number) + q * step;
      let end = space.coverEnd4(start, start + step - 1);
      if (also) {
        // a run of either space covers every later candidate up to its end: jump past the further one
        const e2 = also.coverEnd4(start, start + step - 1);
        if (e2 !== undefined && (end === undefined || e2 > end)) end = e2;
      }
      if (end === undefined) return j;
      nq = Math.ceil((end + 1 - (seg.base.addr as number)) / step);
    } else {
      const shift = BigInt(128 - seg.size);
      const start = (seg.base.addr as bigint) + (BigInt(q) << shift);
      let end = space.coverEnd6(start, start + (1n << shift) - 1n);
      if (also) {
        const e2 = also.coverEnd6(start, start + (1n << shift) - 1n);
        if (e2 !== undefined && (end === undefined || e2 > end)) end = e2;
      }
      if (end === undefined) return j;
      nq = Number((end + 1n - (seg.base.addr as bigint) + (1n << shift) - 1n) >> shift);
    }
    if (nq < u) {
      j = blockStart + nq;
      continue;
    }
    // nothing free from q to the end of this repetition
    if (q === 0) return -1; // a whole repetition is blocked, and every later one is identical
    j = blockStart + u;
  }
  return -1;
}

/**
 * Last local index j in [from, to) of an IPv4 segment whose subnet overlaps nothing in `space`, or -1:
 * firstFreeInSegment walking down, jumping to before the start of each covered run in one step.
 */
function lastFreeInSegment4(seg: Segment, from: number, to: number, space: AddressSpace): number {
  const u = seg.unique;
  const step = v4Size(seg.size);
  const base = seg.base.addr as number;
  let j = to - 1;
  // the repetition whose every entry was seen blocked from its top: every other one is the same
  let wholeFrom = -1;
  while (j >= from) {
    const q = j % u;
    const blockStart = j - q;
    if (q === u - 1) wholeFrom = blockStart;
    const a = base + q * step;
    const y = space.lastCovered4(a + step - 1);
    if (y < a) return j;
    const k = Math.floor((space.coverStart4(y) - base) / step);
    if (k > 0) {
      j = blockStart + k - 1;
      continue;
    }
    if (wholeFrom === blockStart) return -1;
    j = blockStart - 1;
  }
  return -1;
}

/** Last global index in [from, to) of IPv4 candidates that is free in `space`, or -1. */
export function lastFree4(list: CandidateList, from: number, to: number, space: AddressSpace): number {
  const offsets = offsetsOf(list);
  const { segments } = list;
  if (segments.length === 0 || to <= from) return -1;
  for (let i = segmentOf(offsets, to - 1); i >= 0; i--) {
    const seg = segments[i];
    const offset = offsets[i];
    if (offset + seg.count <= from) break;
    if (seg.family !== 4) continue;
    const j = lastFreeInSegment4(seg, Math.max(from, offset) - offset, Math.min(to, offset + seg.count) - offset, space);
    if (j >= 0) return offset + j;
  }
  return -1;
}

/**
 * Where each segment starts in the flattened list, worked out once per list: a daemon.json with many
 * pool entries makes many segments, and every request would otherwise add them up from the first.
 */
const offsetsCache = new WeakMap<CandidateList, number[]>();

function offsetsOf(list: CandidateList): number[] {
  let o = offsetsCache.get(list);
  if (!o || o.length !== list.segments.length) {
    o = new Array(list.segments.length);
    let offset = 0;
    for (let i = 0; i < list.segments.length; i++) {
      o[i] = offset;
      offset += list.segments[i].count;
    }
    offsetsCache.set(list, o);
  }
  return o;
}

/** the index of the segment holding global index `index` (the last segment starting at or before it) */
function segmentOf(offsets: number[], index: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (offsets[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First global index in [from, to) of `family` that is free (in `space`, and in `also` when given), or -1. */
export function firstFree(list: CandidateList, from: number, to: number, family: Family, space: AddressSpace, also?: AddressSpace): number {
  return firstFreeAt(list, offsetsOf(list), from, to, family, space, also);
}

/** firstFree with the list's segment offsets at hand (an allocator keeps them) */
function firstFreeAt(
  list: CandidateList,
  offsets: number[],
  from: number,
  to: number,
  family: Family,
  space: AddressSpace,
  also?: AddressSpace,
): number {
  const { segments } = list;
  if (segments.length === 0) return -1;
  for (let i = segmentOf(offsets, Math.max(0, from)); i < segments.length; i++) {
    const seg = segments[i];
    const offset = offsets[i];
    if (offset >= to) break;
    const segEnd = offset + seg.count;
    if (segEnd > from && seg.family === family) {
      const j = firstFreeInSegment(seg, Math.max(from, offset) - offset, Math.min(to, segEnd) - offset, space, also);
      if (j >= 0) return offset + j;
    }
  }
  return -1;
}

export function entryAt(list: CandidateList, index: number): Prefix {
  if (index >= 0 && index < list.length && list.segments.length > 0) {
    const offsets = offsetsOf(list);
    const i = segmentOf(offsets, index);
    const seg = list.segments[i];
    if (index < offsets[i] + seg.count) return entryPrefix(seg, (index - offsets[i]) % seg.unique);
  }
  throw new Error(`candidate index ${index} out of range`);
}

/** The IPAM side of Engine ≤ 26: one address space's candidate list and its cursor. */
export class RoundRobinAllocator {
  cursor = 0;
  /** where each segment starts in the list (the list does not change) */
  private readonly offsets: number[];

  constructor(readonly list: CandidateList) {
    this.offsets = offsetsOf(list);
  }

  /** RequestPool without a preferred pool: the candidate, or null. Moves the cursor past what it returns. */
  request(family: Family, space: AddressSpace): Prefix | null {
    const L = this.list.length;
    if (L === 0) return null;
    const start = this.cursor >= L ? 0 : this.cursor;
    let g = firstFreeAt(this.list, this.offsets, start, L, family, space);
    let wrapped = false;
    if (g < 0 && start > 0) {
      g = firstFreeAt(this.list, this.offsets, 0, start, family, space);
      wrapped = true;
    }
    if (g < 0) return null;
    // start + i + 1 where i is the position in the rotated list; reset to 0 (not modulo) at L
    const next = wrapped ? L + g + 1 : g + 1;
    this.cursor = next >= L ? 0 : next;
    return this.entry(g);
  }

  reset(): void {
    this.cursor = 0;
  }

  /**
   * The candidate at global index g, one object per segment entry for this allocator's life (see
   * `interned`; kept here in arrays, which are cheaper to look up than the shared weak map)
   */
  private readonly entries: (Prefix | undefined)[][] = [];

  private entry(g: number): Prefix {
    const i = segmentOf(this.offsets, g);
    const seg = this.list.segments[i];
    const q = (g - this.offsets[i]) % seg.unique;
    let t = this.entries[i];
    if (!t) {
      t = [];
      this.entries[i] = t;
    }
    let p = t[q];
    if (p === undefined) {
      p = makeEntry(seg, q);
      if (q < INTERNED) t[q] = p;
    }
    return p;
  }
}

/** whether no two IPv4 candidates of the list overlap (worked out once per list) */
const disjointCache = new WeakMap<CandidateList, boolean>();

export function disjoint4(list: CandidateList): boolean {
  let d = disjointCache.get(list);
  if (d === undefined) {
    const spans: [number, number][] = [];
    d = true;
    for (const seg of list.segments) {
      if (seg.family !== 4) continue;
      if (seg.unique < seg.count) d = false;
      const start = seg.base.addr as number;
      spans.push([start, start + seg.unique * v4Size(seg.size) - 1]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length && d; i++) if (spans[i][0] <= spans[i - 1][1]) d = false;
    disjointCache.set(list, d);
  }
  return d;
}

/**
 * The ≤ 26 hold loop for an IPv4 request whose first pick (asked from cursor c0) the host rejected, in
 * one step: the pick, or null when none is left; the cursor is left where dockerd leaves it. dockerd
 * holds the rejected candidate and asks again, holding every rejected pick, until a pick is not rejected
 * or none is left, then releases the holds; each ask starts at the cursor the previous one left (past
 * its pick, or 0 when it wrapped around the end of the list). Holding only keeps it from picking a
 * candidate twice, so the picks are the free candidates from c0 to the end of the list, then from 0 to
 * c0, in order; the answer is the first of them not in `host`, and where the cursor ends follows from
 * which ask wrapped. A route over a quarter of a 2^30-entry list was 2^28 holds made one at a time;
 * here it is at most six searches. Only for a list whose IPv4 candidates are disjoint (disjoint4): where
 * pools overlap, a held candidate also blocks the later candidates inside it (see holdRejected).
 */
export function skipRejected(rr: RoundRobinAllocator, c0: number, space: AddressSpace, host: AddressSpace): Prefix | null {
  const list = rr.list;
  const L = list.length;
  // from c0 to the end: no wrap, the cursor goes past the pick
  const b1 = firstFree(list, c0, L, 4, space, host);
  if (b1 >= 0) {
    rr.cursor = b1 + 1 >= L ? 0 : b1 + 1;
    return entryAt(list, b1);
  }
  // every free candidate there was held; the ask after the last of them starts at 0 (not wrapping)
  // only when that one was the list's last entry (or when nothing was held and c0 is 0)
  const anyBefore = firstFree(list, c0, L, 4, space) >= 0;
  const fromZero = anyBefore ? firstFree(list, L - 1, L, 4, space) === L - 1 : c0 === 0;
  // from 0 to c0 (the candidates from c0 on are held or taken): the first ask there wrapped unless it
  // started at 0; the asks after it start at the cursor the one before left
  const g1 = firstFree(list, 0, c0, 4, space);
  const b2 = firstFree(list, 0, c0, 4, space, host);
  if (b2 >= 0) {
    rr.cursor = b2 === g1 && !fromZero ? 0 : b2 + 1;
    return entryAt(list, b2);
  }
  // none left: every free candidate was held, and the cursor is where the last hold left it
  if (g1 >= 0) {
    const last = lastFree4(list, 0, c0, space);
    rr.cursor = last === g1 ? (fromZero ? g1 + 1 : 0) : last + 1;
  } else if (anyBefore) {
    const last = lastFree4(list, c0, L, space);
    rr.cursor = last + 1 >= L ? 0 : last + 1;
  }
  return null;
}

/**
 * The ≤ 26 hold loop as dockerd runs it, one candidate at a time: `first` (the pick of the ask just
 * made) is held while it is rejected, the allocator asked again, and so on until a pick is not rejected
 * or none is left; the holds (owner `owner`) are released at the end. The pick, or null. Every ask
 * costs a search, and there is one per rejected candidate: the daemon uses it for IPv6 only (where
 * only nameservers reject, one candidate each per pool), and tests hold holdRejected to it.
 */
export function holdLoop(
  rr: RoundRobinAllocator,
  family: Family,
  space: AddressSpace,
  rejects: (p: Prefix) => boolean,
  first: Prefix | null,
  owner: string,
): { pick: Prefix | null; holds: number } {
  let holds = 0;
  let pick = first;
  try {
    while (pick && rejects(pick)) {
      space.add(pick, owner);
      holds++;
      pick = rr.request(family, space);
    }
  } finally {
    // every entry of `owner` is one of the holds (they never outlive this call)
    if (holds > 0) space.removeOwner(owner);
  }
  return { pick, holds };
}

/** the aligned blocks (prefixes) that make up the IPv4 range [lo, hi], fewest first-to-last */
function blocksOf(lo: number, hi: number, out: Prefix[]): void {
  while (lo <= hi) {
    // the largest block aligned at lo that fits: lo's lowest set bit, halved until it ends by hi
    let size = lo === 0 ? 2 ** 32 : (lo & -lo) >>> 0 || 2 ** 31;
    while (lo + size - 1 > hi) size /= 2;
    out.push({ family: 4, addr: lo, bits: 32 - Math.log2(size) });
    lo += size;
  }
}

/**
 * The ≤ 26 hold loop for an IPv4 request whose first pick (asked from cursor c0) the host rejected, for
 * any list — also where pools overlap — a run of rejected candidates at a time. What the loop does: the
 * asks walk the list once from c0 to its end and on from 0 to c0 (an ask that wraps leaves the cursor at
 * 0, and an ask from 0 passes again only over candidates held or taken); each picks the next candidate
 * that is free in `space` and overlaps none of the earlier picks, all of which were rejected and are
 * held. So the pick is the first candidate in that order free of `space`, of the holds made before it
 * and of `host`. Within one segment the candidates are disjoint: every free candidate of a segment's
 * stretch of the walk before the pick is held, and a held candidate blocks a later one exactly when the
 * later one overlaps it, so the holds of a run of adjacent free candidates act as their union — added as
 * its aligned blocks (at most 62), one step per run. The cursor is left where the last ask leaves it.
 *
 * Returns the pick (null when every candidate was held or taken) and the number of runs held; or, when
 * more than `limit` runs would be held, `gaveUp` (the answer is not known). The holds are released
 * before it returns. Candidates of the list's IPv6 segments are not asked about (family 4 only).
 */
export function holdRejected(
  rr: RoundRobinAllocator,
  c0: number,
  space: AddressSpace,
  host: AddressSpace,
  owner: string,
  limit: number,
): { pick: Prefix | null; runs: number; gaveUp: boolean } {
  const list = rr.list;
  const L = list.length;
  const offsets = offsetsOf(list);
  let runs = 0;
  /** the last candidate held from c0 to the end of the list, and from 0 to c0 (-1: none yet) */
  let last1 = -1;
  let first2 = -1;
  let last2 = -1;
  const blocks: Prefix[] = [];
  /** where the cursor is after the ask that picked g, the last held candidate before it being (last1, first2) */
  const cursorAfter = (g: number): number => {
    if (g >= c0) return g + 1 >= L ? 0 : g + 1;
    if (first2 >= 0 && first2 < g) return g + 1;
    // g is the first pick from 0 to c0: its ask started where the last pick before it left the cursor
    // (c0 when there was none) and wrapped unless that was 0
    const s = last1 >= 0 ? (last1 + 1 >= L ? 0 : last1 + 1) : c0;
    return s > 0 ? 0 : g + 1;
  };
  try {
    const parts: [number, number][] =
      c0 > 0
        ? [
            [c0, L],
            [0, c0],
          ]
        : [[0, L]];
    for (const [pFrom, pTo] of parts) {
      for (let i = segmentOf(offsets, pFrom); i < list.segments.length && offsets[i] < pTo; i++) {
        const seg = list.segments[i];
        if (seg.family !== 4) continue;
        const from = Math.max(pFrom, offsets[i]);
        const to = Math.min(pTo, offsets[i] + seg.count);
        if (from >= to) continue;
        const b = firstFree(list, from, to, 4, space, host);
        // free candidates before the pick (or all of them when there is none) are held: find them
        const end = b >= 0 ? b : to;
        const step = v4Size(seg.size);
        const base = seg.base.addr as number;
        for (let j = firstFree(list, from, end, 4, space); j >= 0; j = firstFree(list, j, end, 4, space)) {
          const q = (j - offsets[i]) % seg.unique;
          const a = base + q * step;
          // the free run from q: up to the first covered address, within this repetition and the stretch
          const c = space.firstCovered4(a);
          const qEnd = c < 0 ? seg.unique : Math.min(seg.unique, Math.floor((c - base) / step));
          const e = Math.min(end, j + (qEnd - q));
          if (++runs > limit) return { pick: null, runs, gaveUp: true };
          blocks.length = 0;
          blocksOf(a, a + (e - j) * step - 1, blocks);
          for (const p of blocks) space.add(p, owner);
          if (j >= c0) last1 = e - 1;
          else {
            if (first2 < 0) first2 = j;
            last2 = e - 1;
          }
          j = e;
          if (j >= end) break;
        }
        if (b >= 0) {
          rr.cursor = cursorAfter(b);
          return { pick: entryAt(list, b), runs, gaveUp: false };
        }
      }
    }
    // nothing left: the cursor is where the ask of the last held candidate left it
    if (last2 >= 0) rr.cursor = cursorAfter(last2);
    else if (last1 >= 0) rr.cursor = last1 + 1 >= L ? 0 : last1 + 1;
    return { pick: null, runs, gaveUp: false };
  } finally {
    if (runs > 0) space.removeOwner(owner);
  }
}
