// Rotation: the round-robin walk (Engine ≤ 26) as a turn of a wheel.
//
// On a host whose redeployed networks all draw one IPv4 subnet each from the pools, and whose other
// networks (docker0, persistent projects, pinned subnets) and rejected candidates stay where they are,
// the candidates that can ever be handed out form a ring of "slots". When every request of the walk
// takes the first slot at or after the cursor (nothing taken in between), a cycle does the same to any
// turn of the ring: the state after a cycle, read relative to the cursor, decides the next one. So once
// the relative state repeats, every later block of cycles is the stored block turned by the same number
// of slots. 1,000 two-network projects on a 4,352-candidate pool repeat exactly only after 4,351
// redeploys (8.7 million allocations), but relatively after one.
//
// The frame below numbers the slots; SimDaemon.startRing checks every request against it and
// src/simulate/host.ts decides when the ring applies and answers later cycles by turning stored ones.
import type { CandidateList } from '../net/pools.js';
import { lastAddr4, v4Size, type Prefix, type Prefix4 } from '../net/prefix.js';

interface SegmentSpan {
  /** first global index */
  offset: number;
  base: number;
  /** last address covered */
  last: number;
  step: number;
  bits: number;
  count: number;
}

/**
 * The slots of an IPv4 candidate list whose candidates are disjoint and unrepeated: every candidate
 * except the `blocked` ones, numbered in list order.
 */
export class SlotFrame {
  /** F: how many slots */
  readonly slots: number;
  private readonly spans: SegmentSpan[];
  /** the spans by base address (for finding a prefix's candidate) */
  private readonly byAddr: SegmentSpan[];
  /** blocked index runs [start, end], sorted and disjoint, and how many indexes are blocked before each */
  private readonly runStart: number[] = [];
  private readonly runEnd: number[] = [];
  private readonly blockedBefore: number[] = [];

  constructor(
    readonly list: CandidateList,
    blocked: readonly Prefix4[],
  ) {
    let offset = 0;
    this.spans = list.segments.map((s) => {
      const step = v4Size(s.size);
      const base = s.base.addr as number;
      const span = { offset, base, last: base + s.count * step - 1, step, bits: s.size, count: s.count };
      offset += s.count;
      return span;
    });
    this.byAddr = [...this.spans].sort((a, b) => a.base - b.base);
    const runs: [number, number][] = [];
    for (const p of blocked) for (const r of this.indexRuns(p)) runs.push(r);
    runs.sort((a, b) => a[0] - b[0]);
    let total = 0;
    for (const [s, e] of runs) {
      const k = this.runStart.length - 1;
      if (k >= 0 && s <= this.runEnd[k] + 1) {
        if (e > this.runEnd[k]) {
          total += e - this.runEnd[k];
          this.runEnd[k] = e;
        }
        continue;
      }
      this.runStart.push(s);
      this.runEnd.push(e);
      this.blockedBefore.push(total);
      total += e - s + 1;
    }
    this.slots = list.length - total;
  }

  /** whether p overlaps any candidate of the list (blocked or not) */
  touches(p: Prefix): boolean {
    return p.family === 4 && this.indexRuns(p).length > 0;
  }

  /** the global index runs [first, last] of the candidates overlapping p */
  private indexRuns(p: Prefix4): [number, number][] {
    const out: [number, number][] = [];
    const lo = p.addr;
    const hi = lastAddr4(p);
    for (const s of this.spans) {
      if (hi < s.base || lo > s.last) continue;
      const a = Math.floor((Math.max(lo, s.base) - s.base) / s.step);
      const b = Math.floor((Math.min(hi, s.last) - s.base) / s.step);
      out.push([s.offset + a, s.offset + b]);
    }
    return out;
  }

  /** the number of the last blocked run starting at or before index i, or −1 */
  private runAtOrBefore(i: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.runStart[mid] <= i) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at;
  }

  /** how many slots lie before list index i (0 ≤ i ≤ length): a cursor at i takes slot rankOf(i) mod F next */
  rankOf(i: number): number {
    const k = this.runAtOrBefore(i - 1);
    if (k < 0) return i;
    const blocked = this.blockedBefore[k] + Math.min(i, this.runEnd[k] + 1) - this.runStart[k];
    return i - blocked;
  }

  /** the list index of slot s (0 ≤ s < F) */
  indexOfSlot(s: number): number {
    // the slot lies after the last run whose start, as a slot number, is at or before it
    let lo = 0;
    let hi = this.runStart.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.runStart[mid] - this.blockedBefore[mid] <= s) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return s;
    return s + this.blockedBefore[at] + (this.runEnd[at] - this.runStart[at] + 1);
  }

  /** the list index of the candidate p, or −1 when p is not one */
  indexOf(p: Prefix): number {
    if (p.family !== 4) return -1;
    let lo = 0;
    let hi = this.byAddr.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.byAddr[mid];
      if (p.addr < s.base) hi = mid - 1;
      else if (p.addr > s.last) lo = mid + 1;
      else return p.bits === s.bits && (p.addr - s.base) % s.step === 0 ? s.offset + (p.addr - s.base) / s.step : -1;
    }
    return -1;
  }

  /** the slot of the candidate p, or −1 (not a candidate, or a blocked one) */
  slotOf(p: Prefix): number {
    const i = this.indexOf(p);
    if (i < 0) return -1;
    const k = this.runAtOrBefore(i);
    if (k >= 0 && i <= this.runEnd[k]) return -1;
    return this.rankOf(i);
  }

  /** the candidate in slot s */
  prefixOfSlot(s: number): Prefix4 {
    const i = this.indexOfSlot(s);
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.spans[mid].offset <= i) lo = mid;
      else hi = mid - 1;
    }
    const span = this.spans[lo];
    return { family: 4, addr: span.base + (i - span.offset) * span.step, bits: span.bits };
  }

  /** the slot runs [first, last] of the candidates overlapping any of `targets`, sorted and merged */
  slotRuns(targets: readonly Prefix[]): [number, number][] {
    const runs: [number, number][] = [];
    for (const t of targets) {
      if (t.family !== 4) continue;
      for (const [a, b] of this.indexRuns(t)) {
        const first = this.rankOf(a);
        const last = this.rankOf(b + 1) - 1;
        if (first <= last) runs.push([first, last]);
      }
    }
    runs.sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const r of runs) {
      const top = merged[merged.length - 1];
      if (top && r[0] <= top[1] + 1) top[1] = Math.max(top[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  }
}

/** (a · b) mod m for integers 0 ≤ a, b < m ≤ 2^32, exact (the product itself may pass 2^53) */
export function mulMod(a: number, b: number, m: number): number {
  const hi = Math.floor(b / 65536);
  const lo = b % 65536;
  return (((a * hi) % m) * 65536 + a * lo) % m;
}

export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** the least x ≥ 0 with l ≤ (b·x) mod m ≤ r (0 ≤ l ≤ r < m), or −1 when there is none */
function leastMultipleIn(b: bigint, m: bigint, l: bigint, r: bigint): bigint {
  if (l === 0n) return 0n;
  b %= m;
  if (b === 0n) return -1n;
  // the first multiple of b at or above l, before any wrap
  const x = (l + b - 1n) / b;
  if (b * x <= r) return x;
  // it passed [l, r]: the interval lies inside one step of b, so a solution wraps y ≥ 1 times, with
  // b·x − m·y in [l, r], i.e. (−m·y) mod b in [l mod b, r mod b] — the same question, smaller
  const y = leastMultipleIn(b - (m % b), b, l % b, r % b);
  if (y < 0n) return -1n;
  return (l + m * y + b - 1n) / b;
}

/**
 * The least k ≥ 0 with (a + d·k) mod f in [lo, hi] (0 ≤ a, d, lo ≤ hi < f), or −1: where, turning by d
 * slots a block, a network in slot a first reaches the run [lo, hi]. Euclid-like, O(log f).
 */
export function firstTurnInto(a: number, d: number, f: number, lo: number, hi: number): number {
  if (a >= lo && a <= hi) return 0;
  const F = BigInt(f);
  const l = (BigInt(lo) - BigInt(a) + F) % F;
  const r = (BigInt(hi) - BigInt(a) + F) % F;
  if (l > r) return 0; // the run wraps past a: a is inside it (handled above), unreachable
  const k = leastMultipleIn(BigInt(d), F, l, r);
  return k < 0n ? -1 : Number(k);
}
