// Free private address space: aligned blocks that overlap none of a set of prefixes. The order in which
// space is taken is fixed (so suggestions are stable): the top of 10.0.0.0/8 first (10.200–10.255, then
// 10.128–10.199, then 10.0–10.127), then 172.16.0.0/12, then 192.168.0.0/16 — the last two are where
// home routers, VPNs and Docker's own defaults live. 100.64.0.0/10 is never suggested.
//
// Cost: the avoided prefixes are sorted once and merged into disjoint runs; each candidate block is one
// binary search, and a blocked candidate jumps past the whole run that blocks it. So a search is
// O(n log n) in the avoided prefixes (it was a scan of every prefix per candidate: 100,000 reserved
// ranges took seconds), and FreeSpace4.take answers repeated searches without sorting again.
import { contains, parsePrefix, type Prefix, type Prefix4 } from '../net/prefix.js';

const ORDER_V4 = [
  '10.200.0.0/13', // 10.200–10.207
  '10.208.0.0/12', // 10.208–10.223
  '10.224.0.0/11', // 10.224–10.255
  '10.128.0.0/10', // 10.128–10.191
  '10.192.0.0/13', // 10.192–10.199
  '10.0.0.0/9', // 10.0–10.127
  '172.16.0.0/12',
  '192.168.0.0/16',
];

function v4(text: string): Prefix4 {
  const p = parsePrefix(text);
  if ('error' in p || p.prefix.family !== 4) throw new Error(`bad prefix ${text}`);
  return p.prefix;
}

/** The private IPv4 regions in the order space is taken from. */
export const PRIVATE_ORDER_V4: readonly Prefix4[] = ORDER_V4.map(v4);

/** Where a search for blocks of one length stopped: the region index and the address in it. */
interface Cursor {
  region: number;
  addr: number;
}

/**
 * The IPv4 space taken by a set of prefixes, as sorted disjoint runs (overlapping and adjacent prefixes
 * merged), and searches for free aligned blocks in private space in the fixed preference order.
 * Blocks can be added (a block handed out is no longer free); the space only ever fills up.
 */
export class FreeSpace4 {
  /** run i covers starts[i] … ends[i] (inclusive); starts ascending, ends[i] + 1 < starts[i + 1] */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** per block length, where take() found its last block: nothing before it can be free again */
  private readonly cursors = new Map<number, Cursor>();

  constructor(avoid: readonly Prefix[]) {
    const iv: [number, number][] = [];
    for (const p of avoid) if (p.family === 4) iv.push([p.addr, p.addr + 2 ** (32 - p.bits) - 1]);
    iv.sort((a, b) => a[0] - b[0]);
    for (const [s, e] of iv) {
      const last = this.ends.length - 1;
      if (last >= 0 && s <= this.ends[last] + 1) {
        if (e > this.ends[last]) this.ends[last] = e;
      } else {
        this.starts.push(s);
        this.ends.push(e);
      }
    }
  }

  /** Marks a prefix as taken (IPv6 is ignored). */
  add(p: Prefix): void {
    if (p.family !== 4) return;
    let s = p.addr;
    let e = p.addr + 2 ** (32 - p.bits) - 1;
    // runs that overlap or touch [s, e]: from the last run starting at or before s − 1 … the last starting at or before e + 1
    let lo = this.lastStartAtOrBefore(s - 1);
    if (lo < 0 || this.ends[lo] + 1 < s) lo++;
    const hi = this.lastStartAtOrBefore(e + 1);
    if (lo <= hi) {
      s = Math.min(s, this.starts[lo]);
      e = Math.max(e, this.ends[hi]);
    }
    this.starts.splice(lo, Math.max(0, hi - lo + 1), s);
    this.ends.splice(lo, Math.max(0, hi - lo + 1), e);
  }

  /**
   * Up to `n` aligned blocks of length `bits` in private space, overlapping nothing taken and each
   * other, in the fixed preference order (the space is not changed).
   */
  blocks(bits: number, n: number): Prefix4[] {
    const out: Prefix4[] = [];
    if (n <= 0) return out;
    this.walk(bits, n, { region: 0, addr: PRIVATE_ORDER_V4[0].addr }, out);
    return out;
  }

  /** The first free block of length `bits` (as blocks(bits, 1)), marked as taken; null when none is left. */
  take(bits: number): Prefix4 | null {
    const from = this.cursors.get(bits) ?? { region: 0, addr: PRIVATE_ORDER_V4[0].addr };
    const out: Prefix4[] = [];
    const at = this.walk(bits, 1, from, out);
    this.cursors.set(bits, at);
    const b = out[0] ?? null;
    if (b) this.add(b);
    return b;
  }

  /** The index of the last run starting at or before x, or −1. */
  private lastStartAtOrBefore(x: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The end of the run that overlaps [a, b] (the last one, when several do), or −1 when none does. */
  private coverEnd(a: number, b: number): number {
    const i = this.lastStartAtOrBefore(b);
    return i >= 0 && this.ends[i] >= a ? this.ends[i] : -1;
  }

  /** Collects free blocks from `from` on until `n` are in `out`; returns where the last one found is (or the end). */
  private walk(bits: number, n: number, from: Cursor, out: Prefix4[]): Cursor {
    const step = 2 ** (32 - bits);
    for (let r = from.region; r < PRIVATE_ORDER_V4.length; r++) {
      const region = PRIVATE_ORDER_V4[r];
      if (region.bits > bits) continue;
      const end = region.addr + 2 ** (32 - region.bits);
      let addr = r === from.region ? Math.max(from.addr, region.addr) : region.addr;
      while (addr < end) {
        const covered = this.coverEnd(addr, addr + step - 1);
        if (covered < 0) {
          out.push({ family: 4, addr, bits });
          if (out.length >= n) return { region: r, addr };
          addr += step;
          continue;
        }
        // jump past the run (aligned to the block size): every candidate before that overlaps it
        addr = Math.max(addr + step, Math.ceil((covered + 1) / step) * step);
      }
    }
    return { region: PRIVATE_ORDER_V4.length, addr: 0 };
  }
}

/**
 * Up to `n` aligned IPv4 blocks of length `bits` in private space, overlapping nothing in `avoid` and
 * each other, in the fixed preference order.
 */
export function freeBlocks4(avoid: readonly Prefix[], bits: number, n: number): Prefix4[] {
  return new FreeSpace4(avoid).blocks(bits, n);
}

/** The first free block of `bits` (see freeBlocks4), or null. */
export function freeBlock4(avoid: readonly Prefix[], bits: number): Prefix4 | null {
  return freeBlocks4(avoid, bits, 1)[0] ?? null;
}

/** true when p lies in one of the regions suggestions are taken from */
export function inSuggestedSpace(p: Prefix): boolean {
  return PRIVATE_ORDER_V4.some((r) => contains(r, p));
}
