// The subnets allocated in one address space (local or global).
//
// Every candidate probe of both allocators asks one of two questions: "of the entries overlapping
// [start, end], what is the last address covered?" (blockEnd) and "where does the covered run reaching
// into [start, end] end?" (coverEnd, to jump past many adjacent subnets in one step). IPv4 answers both,
// and adds and removes entries, in at most 33 steps down a binary trie over the address bits, whatever the
// number of entries (Trie4). IPv6 keeps an index sorted by start address with a running maximum of end
// addresses (Index): O(log n) probes, O(n) adds and removes — IPv6 networks are few on a host.
import { formatPrefix, lastAddr4, lastAddr6, type Prefix } from '../net/prefix.js';

export interface Held {
  prefix: Prefix;
  /** who holds it: a network name, or "" for a temporary hold */
  owner: string;
}

/**
 * One family's index: starts ascending, ends in the same order, and the running maximum of ends. Used
 * for IPv6 (bigint); IPv4 has its own copy over typed arrays (Index4).
 */
class Index<T extends number | bigint> {
  starts: T[] = [];
  ends: T[] = [];
  maxEnd: T[] = [];
  /** the union of the entries as disjoint, non-adjacent runs (ascending), worked out when first asked */
  private runStarts: T[] = [];
  private runEnds: T[] = [];
  private runsValid = false;
  private runCount = 0;

  /** `one` is 1 or 1n: the family's unit, to tell adjacent runs */
  constructor(private readonly one: T) {}

  /** number of entries whose start is ≤ x */
  private upTo(x: T): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(start: T, end: T): void {
    // valid runs are merged with the new entry rather than worked out again: a daemon skipping a host
    // route holds thousands of candidates one by one and probes between each two (found by the fuzzer)
    if (this.runsValid) this.addRun(start, end);
    const i = this.upTo(start);
    const { starts, ends, maxEnd } = this;
    // insert at i by shifting (splice would allocate the array of removed entries on every call)
    for (let k = starts.length; k > i; k--) {
      starts[k] = starts[k - 1];
      ends[k] = ends[k - 1];
      maxEnd[k] = maxEnd[k - 1];
    }
    starts[i] = start;
    ends[i] = end;
    maxEnd[i] = i > 0 && maxEnd[i - 1] > end ? maxEnd[i - 1] : end;
    // after the new entry the running maximum is max(old, end): it changes only while old < end, which
    // with prefixes (nested or disjoint) is across the entries nested inside the new one
    for (let k = i + 1; k < maxEnd.length && maxEnd[k] < end; k++) maxEnd[k] = end;
  }

  /** removes entry i by shifting the later ones down */
  private drop(i: number): void {
    const { starts, ends, maxEnd } = this;
    const n = starts.length - 1;
    for (let k = i; k < n; k++) {
      starts[k] = starts[k + 1];
      ends[k] = ends[k + 1];
      maxEnd[k] = maxEnd[k + 1];
    }
    // pop, not `length = n`: setting an array's length is a slow builtin call
    starts.pop();
    ends.pop();
    maxEnd.pop();
  }

  remove(start: T, end: T): void {
    this.runsValid = false;
    const { starts, ends, maxEnd } = this;
    // entries with this start sit just before upTo(start)
    for (let i = this.upTo(start) - 1; i >= 0 && starts[i] === start; i--) {
      if (ends[i] !== end) continue;
      this.drop(i);
      // recompute the running maximum until it reaches the removed end: from there on the stored
      // (old) values were not raised by the removed entry
      let m = i > 0 ? maxEnd[i - 1] : undefined;
      for (let k = i; k < ends.length; k++) {
        m = m === undefined || ends[k] > m ? ends[k] : m;
        maxEnd[k] = m;
        if (m >= end) break;
      }
      return;
    }
  }

  blockEnd(start: T, end: T): T | undefined {
    const n = this.upTo(end);
    if (n === 0) return undefined;
    const m = this.maxEnd[n - 1];
    return m >= start ? m : undefined;
  }

  /** merges [start, end] into the valid runs: a binary search and one shift */
  private addRun(start: T, end: T): void {
    const rs = this.runStarts;
    const re = this.runEnds;
    const one = this.one as number;
    const n = this.runCount;
    // lo: the first run that touches [start, end] or lies after it (its end + 1 ≥ start)
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((re[mid] as number) + one < (start as number)) lo = mid + 1;
      else hi = mid;
    }
    // runs lo … k − 1 start at or before end + 1: each touches [start, end] and is joined to it
    let k = lo;
    while (k < n && (rs[k] as number) <= (end as number) + one) k++;
    let s = start;
    let e = end;
    if (k > lo) {
      if (rs[lo] < s) s = rs[lo];
      if (re[k - 1] > e) e = re[k - 1];
    }
    // runs lo … k − 1 become the one run [s, e]: the later runs move by 1 − (k − lo)
    const shift = 1 - (k - lo);
    if (shift > 0) {
      for (let j = n - 1; j >= k; j--) {
        rs[j + 1] = rs[j];
        re[j + 1] = re[j];
      }
    } else if (shift < 0) {
      for (let j = k; j < n; j++) {
        rs[j + shift] = rs[j];
        re[j + shift] = re[j];
      }
    }
    rs[lo] = s;
    re[lo] = e;
    this.runCount = n + shift;
  }

  /** rebuilds the index from (start, end) pairs in any order */
  rebuild(pairs: [T, T][]): void {
    this.runsValid = false;
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.starts = pairs.map((p) => p[0]);
    this.ends = pairs.map((p) => p[1]);
    this.maxEnd = new Array<T>(pairs.length);
    for (let i = 0; i < pairs.length; i++) this.maxEnd[i] = i > 0 && this.maxEnd[i - 1] > this.ends[i] ? this.maxEnd[i - 1] : this.ends[i];
  }

  /**
   * The end of the covered run reaching furthest into [start, end] — every address from `start` (or the
   * run's start) to it is covered — or undefined when nothing covers any of [start, end]. An allocator
   * jumps past it in one step where blockEnd would stop at each of the adjacent subnets in it.
   */
  coverEnd(start: T, end: T): T | undefined {
    if (!this.runsValid) this.merge();
    const rs = this.runStarts;
    let lo = 0;
    let hi = this.runCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rs[mid] <= end) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return undefined;
    const e = this.runEnds[lo - 1];
    return e >= start ? e : undefined;
  }

  private merge(): void {
    // refilled in place (a simulation merges after every allocation); runCount entries are valid
    const rs = this.runStarts;
    const re = this.runEnds;
    let n = 0;
    const { starts, ends, one } = this;
    for (let i = 0; i < starts.length; i++) {
      // (end + 1) without mixing number and bigint
      if (n > 0 && starts[i] <= (re[n - 1] as number) + (one as number)) {
        if (ends[i] > re[n - 1]) re[n - 1] = ends[i];
      } else {
        rs[n] = starts[i];
        re[n] = ends[i];
        n++;
      }
    }
    this.runCount = n;
    this.runsValid = true;
  }

  /** the entries overlapping [start, end], by start and, for one start, the longer one first */
  overlapping(start: T, end: T): [T, T][] {
    const out: [T, T][] = [];
    const n = this.upTo(end);
    for (let i = 0; i < n; i++) if (this.ends[i] >= start) out.push([this.starts[i], this.ends[i]]);
    return out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] > y[1] ? -1 : x[1] < y[1] ? 1 : 0));
  }

  copyFrom(o: Index<T>): void {
    this.runsValid = false;
    this.starts = o.starts.slice();
    this.ends = o.ends.slice();
    this.maxEnd = o.maxEnd.slice();
  }
}

const NO_NODES = new Int32Array(0);
const NO_FLAGS = new Uint8Array(0);
const V4_ADDRESSES = 2 ** 32;

/**
 * The IPv4 index: a binary trie over the address bits, one node per prefix on the way to an entry (a
 * node at depth d is a /d). Each node counts the entries that are exactly its prefix, the entries in its
 * subtree (a node exists only while that is > 0) and whether its whole range is covered by them. Adding
 * or removing an entry walks one path and back (at most 33 nodes); every question — the entry reaching
 * furthest over a range, the last covered address before a point, the first uncovered one after it — is
 * one or two walks down. So every operation costs O(32) whatever the number of entries n: a host with
 * 8,000 networks pays what one with 8 does, where the sorted arrays this replaces shifted n entries on
 * every add and remove and re-merged the runs after every remove.
 *
 * Entries are prefixes (aligned blocks), as everything an AddressSpace holds is. Nodes live in typed
 * arrays, numbered from 1 (0 is "none"), and freed nodes are reused: a simulation adds and removes the
 * same few subnets every cycle without making garbage.
 */
class Trie4 {
  private left = NO_NODES;
  private right = NO_NODES;
  /** entries that are exactly this node's prefix */
  private count = NO_NODES;
  /** entries in this node's subtree, its own included */
  private sub = NO_NODES;
  /** 1 when every address of the node's range is covered by entries at or below it */
  private full = NO_FLAGS;
  /** the shortest prefix length of the entries at or below the node (a node exists only with entries) */
  private shortest = NO_FLAGS;
  private root = 0;
  /** the next node never used */
  private used = 1;
  /** freed nodes, linked through `left` */
  private freed = 0;
  /** the nodes on the path of the last add / remove, root first */
  private readonly path = new Int32Array(34);

  private node(): number {
    if (this.freed !== 0) {
      const n = this.freed;
      this.freed = this.left[n];
      this.left[n] = 0;
      return n;
    }
    if (this.used >= this.left.length) this.grow(Math.max(64, this.left.length * 2));
    return this.used++;
  }

  private grow(cap: number): void {
    const copy = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.left = copy(this.left);
    this.right = copy(this.right);
    this.count = copy(this.count);
    this.sub = copy(this.sub);
    const f = new Uint8Array(cap);
    f.set(this.full);
    this.full = f;
    const m = new Uint8Array(cap);
    m.set(this.shortest);
    this.shortest = m;
  }

  /** the prefix length of [start, end], which must be an aligned block */
  private static depthOf(start: number, end: number): number {
    const size = end - start + 1;
    const bits = 32 - Math.round(Math.log2(size));
    if (!(size > 0) || 2 ** (32 - bits) !== size || start % size !== 0) throw new Error(`not a prefix: ${start}–${end}`);
    return bits;
  }

  /** recomputes the node's flags from its own count and its children (n is at depth d, a /d) */
  private refresh(n: number, d: number): void {
    const l = this.left[n];
    const r = this.right[n];
    this.full[n] = this.count[n] > 0 || (l !== 0 && r !== 0 && this.full[l] === 1 && this.full[r] === 1) ? 1 : 0;
    let m = this.count[n] > 0 ? d : 255;
    if (l !== 0 && this.shortest[l] < m) m = this.shortest[l];
    if (r !== 0 && this.shortest[r] < m) m = this.shortest[r];
    this.shortest[n] = m;
  }

  add(start: number, end: number): void {
    const bits = Trie4.depthOf(start, end);
    if (this.root === 0) this.root = this.node();
    const path = this.path;
    let n = this.root;
    path[0] = n;
    for (let d = 0; d < bits; d++) {
      const right = ((start >>> (31 - d)) & 1) === 1;
      let c = right ? this.right[n] : this.left[n];
      if (c === 0) {
        c = this.node();
        if (right) this.right[n] = c;
        else this.left[n] = c;
      }
      n = c;
      path[d + 1] = n;
    }
    this.count[n]++;
    for (let d = bits; d >= 0; d--) {
      const m = path[d];
      this.sub[m]++;
      this.refresh(m, d);
    }
  }

  remove(start: number, end: number): void {
    const bits = Trie4.depthOf(start, end);
    const path = this.path;
    let n = this.root;
    if (n === 0) return;
    path[0] = n;
    for (let d = 0; d < bits; d++) {
      n = ((start >>> (31 - d)) & 1) === 1 ? this.right[n] : this.left[n];
      if (n === 0) return;
      path[d + 1] = n;
    }
    if (this.count[n] === 0) return;
    this.count[n]--;
    for (let d = bits; d >= 0; d--) {
      const m = path[d];
      if (--this.sub[m] > 0) {
        this.refresh(m, d);
        continue;
      }
      // empty: unlink it from its parent and free it
      if (d === 0) this.root = 0;
      else if (this.left[path[d - 1]] === m) this.left[path[d - 1]] = 0;
      else this.right[path[d - 1]] = 0;
      this.right[m] = 0;
      this.count[m] = 0;
      this.full[m] = 0;
      this.shortest[m] = 0;
      this.left[m] = this.freed;
      this.freed = m;
    }
  }

  /** the last covered address ≤ x in the subtree of n (range [from, from + size)), x ≥ from; -1 if none */
  private lastCovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (this.count[n] > 0 || this.full[n] === 1) return Math.min(x, from + size - 1);
      const half = size / 2;
      const mid = from + half;
      if (x >= mid && this.right[n] !== 0) {
        const r = this.lastCovered(this.right[n], mid, half, x);
        if (r >= 0) return r;
      }
      const l = this.left[n];
      if (l === 0) return -1;
      n = l;
      size = half;
      if (x >= mid) x = mid - 1;
    }
  }

  /** the first uncovered address ≥ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
  private firstUncovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (n === 0) return x;
      if (this.count[n] > 0 || this.full[n] === 1) return -1;
      const half = size / 2;
      const mid = from + half;
      if (x < mid) {
        const r = this.firstUncovered(this.left[n], from, half, x);
        if (r >= 0) return r;
        x = mid;
      }
      n = this.right[n];
      from = mid;
      size = half;
    }
  }

  /** the last uncovered address ≤ x in the subtree of n (range [from, from + size)), x in it; -1 if none */
  private lastUncovered(n: number, from: number, size: number, x: number): number {
    for (;;) {
      if (n === 0) return x;
      if (this.count[n] > 0 || this.full[n] === 1) return -1;
      const half = size / 2;
      const mid = from + half;
      if (x >= mid) {
        const r = this.lastUncovered(this.right[n], mid, half, x);
        if (r >= 0) return r;
        x = mid - 1;
      }
      n = this.left[n];
      size = half;
    }
  }

  /** the last covered address ≤ x, or -1 */
  lastCoveredAt(x: number): number {
    return this.root === 0 ? -1 : this.lastCovered(this.root, 0, V4_ADDRESSES, x);
  }

  /** the last uncovered address ≤ x, or -1 */
  lastUncoveredAt(x: number): number {
    return this.root === 0 ? x : this.lastUncovered(this.root, 0, V4_ADDRESSES, x);
  }

  /** Of the entries overlapping [start, end], the last address covered, or undefined (see Index.blockEnd). */
  blockEnd(start: number, end: number): number | undefined {
    let n = this.root;
    if (n === 0) return undefined;
    // an entry holding `end`: the shortest prefix on end's path reaches furthest
    let from = 0;
    let size = V4_ADDRESSES;
    for (let d = 0; ; d++) {
      if (this.count[n] > 0) return from + size - 1;
      if (d === 32) break;
      size /= 2;
      const right = ((end >>> (31 - d)) & 1) === 1;
      const c = right ? this.right[n] : this.left[n];
      if (c === 0) break;
      if (right) from += size;
      n = c;
    }
    // none holds `end`: every entry overlapping the range ends before it, the last one at the last
    // covered address
    const y = this.lastCovered(this.root, 0, V4_ADDRESSES, end);
    return y >= start ? y : undefined;
  }

  /** see Index.coverEnd */
  coverEnd(start: number, end: number): number | undefined {
    if (this.root === 0) return undefined;
    const y = this.lastCovered(this.root, 0, V4_ADDRESSES, end);
    if (y < start) return undefined;
    if (y === V4_ADDRESSES - 1) return y;
    const u = this.firstUncovered(this.root, 0, V4_ADDRESSES, y + 1);
    return u < 0 ? V4_ADDRESSES - 1 : u - 1;
  }

  /** the node of prefix addr/bits, or 0 when no entry lies inside it */
  private nodeOf(addr: number, bits: number): number {
    let n = this.root;
    for (let d = 0; d < bits && n !== 0; d++) n = ((addr >>> (31 - d)) & 1) === 1 ? this.right[n] : this.left[n];
    return n;
  }

  /** the shortest prefix length of the entries inside addr/bits (itself included), or 255 when none */
  shortestInside(addr: number, bits: number): number {
    const n = this.nodeOf(addr, bits);
    return n === 0 ? 255 : this.shortest[n];
  }

  /**
   * The entries of two tries that overlap addr/bits, in Go's PrefixCompare order (by address, then the
   * shorter prefix first), handed to `visit` as [start, end] until it returns true. The entries holding
   * the range come first; inside it, everything within one /blockBits comes as that whole block, once.
   */
  static inOrder(a: Trie4, b: Trie4, addr: number, bits: number, blockBits: number, visit: (start: number, end: number) => boolean): void {
    let na = a.root;
    let nb = b.root;
    let from = 0;
    let size = V4_ADDRESSES;
    for (let d = 0; d < bits; d++) {
      if (na === 0 && nb === 0) return;
      if ((na !== 0 && a.count[na] > 0) || (nb !== 0 && b.count[nb] > 0)) if (visit(from, from + size - 1)) return;
      size /= 2;
      const right = ((addr >>> (31 - d)) & 1) === 1;
      if (right) from += size;
      na = na === 0 ? 0 : right ? a.right[na] : a.left[na];
      nb = nb === 0 ? 0 : right ? b.right[nb] : b.left[nb];
    }
    if (na !== 0 || nb !== 0) Trie4.preorder(a, b, na, nb, from, size, bits, blockBits, visit);
  }

  /** inOrder below one node pair (at least one non-zero) at depth d; true when visit stopped it */
  private static preorder(
    a: Trie4,
    b: Trie4,
    na: number,
    nb: number,
    from: number,
    size: number,
    d: number,
    blockBits: number,
    visit: (start: number, end: number) => boolean,
  ): boolean {
    if (d >= blockBits) return visit(from, from + size - 1);
    if ((na !== 0 && a.count[na] > 0) || (nb !== 0 && b.count[nb] > 0)) if (visit(from, from + size - 1)) return true;
    const half = size / 2;
    const la = na === 0 ? 0 : a.left[na];
    const lb = nb === 0 ? 0 : b.left[nb];
    if ((la !== 0 || lb !== 0) && Trie4.preorder(a, b, la, lb, from, half, d + 1, blockBits, visit)) return true;
    const ra = na === 0 ? 0 : a.right[na];
    const rb = nb === 0 ? 0 : b.right[nb];
    return (ra !== 0 || rb !== 0) && Trie4.preorder(a, b, ra, rb, from + half, half, d + 1, blockBits, visit);
  }

  copyFrom(o: Trie4): void {
    this.left = o.left.slice();
    this.right = o.right.slice();
    this.count = o.count.slice();
    this.sub = o.sub.slice();
    this.full = o.full.slice();
    this.shortest = o.shortest.slice();
    this.root = o.root;
    this.used = o.used;
    this.freed = o.freed;
  }
}

function samePrefix(a: Prefix, b: Prefix): boolean {
  return a === b || (a.family === b.family && a.addr === b.addr && a.bits === b.bits);
}

export class AddressSpace {
  /**
   * Owners by number, in the order they first added a prefix; a number is never reused. A simulation
   * adds and removes the same few owners (network names) every cycle: array slots instead of a Map
   * keyed by name spare the Map's insert, delete and rehash on each of those (a sixth of a simulation).
   */
  private readonly ownerIds: Map<string, number>;
  private readonly owners: string[];
  /** by owner number: the prefix it holds, or its prefixes (in the order added) when it holds several */
  private readonly held: (Prefix | Prefix[] | undefined)[];
  private count = 0;
  private readonly v4 = new Trie4();
  private readonly v6 = new Index<bigint>(1n);

  constructor(from?: AddressSpace) {
    this.ownerIds = new Map(from?.ownerIds);
    this.owners = from ? from.owners.slice() : [];
    this.held = from ? from.held.map((h) => (Array.isArray(h) ? h.slice() : h)) : [];
  }

  private index(p: Prefix, add: boolean): void {
    if (p.family === 4) {
      if (add) this.v4.add(p.addr, lastAddr4(p));
      else this.v4.remove(p.addr, lastAddr4(p));
    } else if (add) this.v6.add(p.addr, lastAddr6(p));
    else this.v6.remove(p.addr, lastAddr6(p));
  }

  add(prefix: Prefix, owner: string): void {
    let id = this.ownerIds.get(owner);
    if (id === undefined) {
      id = this.owners.length;
      this.ownerIds.set(owner, id);
      this.owners.push(owner);
      this.held.push(undefined);
    }
    const had = this.held[id];
    // one prefix is kept as itself: a network holds one subnet, and a simulation adds and removes
    // one per network per cycle
    if (had === undefined) this.held[id] = prefix;
    else if (Array.isArray(had)) had.push(prefix);
    else this.held[id] = [had, prefix];
    this.count++;
    this.index(prefix, true);
  }

  /** removes one entry of this prefix held by owner (the first one added) */
  remove(prefix: Prefix, owner: string): void {
    const id = this.ownerIds.get(owner);
    if (id === undefined) return;
    const had = this.held[id];
    if (had === undefined) return;
    if (!Array.isArray(had)) {
      if (!samePrefix(had, prefix)) return;
      this.held[id] = undefined;
    } else {
      let i = 0;
      while (i < had.length && !samePrefix(had[i], prefix)) i++;
      if (i === had.length) return;
      if (had.length === 1) this.held[id] = undefined;
      else had.splice(i, 1);
    }
    this.count--;
    this.index(prefix, false);
  }

  removeOwner(owner: string): void {
    const id = this.ownerIds.get(owner);
    if (id === undefined) return;
    const had = this.held[id];
    if (had === undefined) return;
    const list = Array.isArray(had) ? had : [had];
    this.held[id] = undefined;
    this.count -= list.length;
    // IPv4: one walk each. IPv6 (sorted arrays): many at once (the candidates a daemon held while
    // skipping a host route) are cheaper as a rebuild, O(n log n)
    let v6 = 0;
    for (const p of list) {
      if (p.family === 4) this.index(p, false);
      else v6++;
    }
    if (v6 === 0) return;
    if (v6 <= 32) {
      for (const p of list) if (p.family === 6) this.index(p, false);
      return;
    }
    const pairs: [bigint, bigint][] = [];
    for (const ps of this.held) {
      if (ps === undefined) continue;
      for (const p of Array.isArray(ps) ? ps : [ps]) if (p.family === 6) pairs.push([p.addr, lastAddr6(p)]);
    }
    this.v6.rebuild(pairs);
  }

  /** Of the entries overlapping [start, end], the last address covered (to jump past), or undefined. */
  blockEnd4(start: number, end: number): number | undefined {
    return this.v4.blockEnd(start, end);
  }

  blockEnd6(start: bigint, end: bigint): bigint | undefined {
    return this.v6.blockEnd(start, end);
  }

  /** the end of the covered run reaching furthest into [start, end] (see Index.coverEnd), or undefined */
  coverEnd4(start: number, end: number): number | undefined {
    return this.v4.coverEnd(start, end);
  }

  coverEnd6(start: bigint, end: bigint): bigint | undefined {
    return this.v6.coverEnd(start, end);
  }

  /** the last IPv4 address ≤ x covered by an entry, or -1 */
  lastCovered4(x: number): number {
    return this.v4.lastCoveredAt(x);
  }

  /** the first address of the covered IPv4 run holding x (x must be covered) */
  coverStart4(x: number): number {
    return this.v4.lastUncoveredAt(x) + 1;
  }

  /** the shortest prefix length of the IPv4 entries inside addr/bits (itself included), or 255 when none */
  shortestInside4(addr: number, bits: number): number {
    return this.v4.shortestInside(addr, bits);
  }

  /**
   * The IPv4 entries of two address spaces overlapping addr/bits, in Go's PrefixCompare order (by
   * address, then the shorter prefix first), as [start, end] until visit returns true: first those
   * holding the range, then those inside it, where everything within one /blockBits comes as that block.
   */
  static inOrder4(
    a: AddressSpace,
    b: AddressSpace,
    addr: number,
    bits: number,
    blockBits: number,
    visit: (start: number, end: number) => boolean,
  ): void {
    Trie4.inOrder(a.v4, b.v4, addr, bits, blockBits, visit);
  }

  /** the IPv6 entries overlapping [start, end] as [start, end], by start and then the longer one first */
  overlapping6(start: bigint, end: bigint): [bigint, bigint][] {
    return this.v6.overlapping(start, end);
  }

  overlapsAny(p: Prefix): boolean {
    return p.family === 4 ? this.blockEnd4(p.addr, lastAddr4(p)) !== undefined : this.blockEnd6(p.addr, lastAddr6(p)) !== undefined;
  }

  /** the entries, by owner (owners in the order they first ever added a prefix) */
  all(): readonly Held[] {
    const out: Held[] = [];
    for (let id = 0; id < this.held.length; id++) {
      const had = this.held[id];
      if (had === undefined) continue;
      const owner = this.owners[id];
      if (Array.isArray(had)) for (const prefix of had) out.push({ prefix, owner });
      else out.push({ prefix: had, owner });
    }
    return out;
  }

  get size(): number {
    return this.count;
  }

  /**
   * A canonical text of the contents (for detecting a repeating state): equal texts ⇔ equal multisets
   * of (owner, prefix). Addresses are written as integers, which is cheaper than formatting them.
   */
  key(): string {
    const parts: string[] = [];
    // "4:" / "6:" keep the families apart; JSON.stringify keeps owner names unambiguous
    for (const { owner, prefix: p } of this.all()) parts.push(`${JSON.stringify(owner)}=${p.family}:${p.addr.toString(36)}/${p.bits}`);
    return parts.sort().join(',');
  }

  /** the contents as text, for messages and debugging */
  toString(): string {
    return this.all()
      .map((e) => `${e.owner}=${formatPrefix(e.prefix)}`)
      .join(', ');
  }

  clone(): AddressSpace {
    const c = new AddressSpace(this);
    c.count = this.count;
    c.v4.copyFrom(this.v4);
    c.v6.copyFrom(this.v6);
    return c;
  }
}
