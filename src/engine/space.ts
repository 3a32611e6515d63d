// The subnets allocated in one address space (local or global).
//
// Every candidate probe of both allocators asks one question: "of the entries overlapping [start, end],
// what is the last address covered?" (blockEnd). It is answered in O(log n) from an index kept sorted by
// start address with a running maximum of end addresses: among the entries starting at or before `end`,
// the one reaching furthest either overlaps [start, end] — and then it is the furthest-reaching
// overlapping entry — or nothing overlaps. Adding or removing an entry costs O(n) (a splice), which is
// cheap next to the probes: a cycle makes a few mutations and many probes.
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
      if (n > 0 && starts[i] <= ((re[n - 1] as number) + (one as number))) {
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

  copyFrom(o: Index<T>): void {
    this.runsValid = false;
    this.starts = o.starts.slice();
    this.ends = o.ends.slice();
    this.maxEnd = o.maxEnd.slice();
  }
}

const NO_ENTRIES = new Float64Array(0);

/**
 * The IPv4 index: the same structure as Index, over Float64Arrays. A class of its own so that its code
 * sees only numbers: with IPv6 bigints passing through the same methods every comparison in them was
 * compiled as the generic one, and the arrays changed element kind as addresses passed 2^31.
 */
class Index4 {
  // allocated on the first add (most address spaces of a daemon never get an entry), then doubled
  private starts = NO_ENTRIES;
  private ends = NO_ENTRIES;
  private maxEnd = NO_ENTRIES;
  private n = 0;
  private runStarts = NO_ENTRIES;
  private runEnds = NO_ENTRIES;
  private runsValid = false;
  private runCount = 0;

  /** number of entries whose start is ≤ x */
  private upTo(x: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** room for one more entry (and one more run) */
  private reserve(): void {
    if (this.n < this.starts.length && this.runCount < this.runStarts.length) return;
    this.resize(Math.max(32, this.starts.length * 2), true);
  }

  /**
   * New arrays of `cap` entries, the entries kept (or not). The five arrays are views of one buffer: a
   * simulation makes hundreds of indexes, and each buffer is an allocation outside the heap.
   */
  private resize(cap: number, keep: boolean): void {
    const buf = new Float64Array(cap * 5);
    const view = (a: Float64Array, k: number) => {
      const b = buf.subarray(k * cap, (k + 1) * cap);
      if (keep) b.set(a);
      return b;
    };
    this.starts = view(this.starts, 0);
    this.ends = view(this.ends, 1);
    this.maxEnd = view(this.maxEnd, 2);
    this.runStarts = view(this.runStarts, 3);
    this.runEnds = view(this.runEnds, 4);
  }

  add(start: number, end: number): void {
    this.reserve();
    if (this.runsValid) this.addRun(start, end);
    const i = this.upTo(start);
    const { starts, ends, maxEnd } = this;
    const n = this.n;
    // shifted by hand: copyWithin is a call into the runtime, dearer than a loop over a few entries
    for (let k = n; k > i; k--) {
      starts[k] = starts[k - 1];
      ends[k] = ends[k - 1];
      maxEnd[k] = maxEnd[k - 1];
    }
    starts[i] = start;
    ends[i] = end;
    maxEnd[i] = i > 0 && maxEnd[i - 1] > end ? maxEnd[i - 1] : end;
    this.n = n + 1;
    for (let k = i + 1; k <= n && maxEnd[k] < end; k++) maxEnd[k] = end;
  }

  remove(start: number, end: number): void {
    this.runsValid = false;
    const { starts, ends, maxEnd } = this;
    for (let i = this.upTo(start) - 1; i >= 0 && starts[i] === start; i--) {
      if (ends[i] !== end) continue;
      const n = this.n - 1;
      for (let k = i; k < n; k++) {
        starts[k] = starts[k + 1];
        ends[k] = ends[k + 1];
        maxEnd[k] = maxEnd[k + 1];
      }
      this.n = n;
      // the running maximum, again from i until it reaches the removed end (see Index.remove)
      let m = i > 0 ? maxEnd[i - 1] : -1;
      for (let k = i; k < n; k++) {
        if (ends[k] > m) m = ends[k];
        maxEnd[k] = m;
        if (m >= end) break;
      }
      return;
    }
  }

  blockEnd(start: number, end: number): number | undefined {
    const n = this.upTo(end);
    if (n === 0) return undefined;
    const m = this.maxEnd[n - 1];
    return m >= start ? m : undefined;
  }

  /** merges [start, end] into the valid runs (see Index.addRun); room for one more run is reserved */
  private addRun(start: number, end: number): void {
    const rs = this.runStarts;
    const re = this.runEnds;
    const n = this.runCount;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (re[mid] + 1 < start) lo = mid + 1;
      else hi = mid;
    }
    let k = lo;
    while (k < n && rs[k] <= end + 1) k++;
    let s = start;
    let e = end;
    if (k > lo) {
      if (rs[lo] < s) s = rs[lo];
      if (re[k - 1] > e) e = re[k - 1];
    }
    // runs lo … k − 1 become the one run [s, e]; the later runs move to lo + 1
    const shift = lo + 1 - k;
    if (shift > 0) {
      for (let j = n - 1; j >= k; j--) {
        rs[j + shift] = rs[j];
        re[j + shift] = re[j];
      }
    } else if (shift < 0) {
      for (let j = k; j < n; j++) {
        rs[j + shift] = rs[j];
        re[j + shift] = re[j];
      }
    }
    rs[lo] = s;
    re[lo] = e;
    this.runCount = n + 1 - (k - lo);
  }

  rebuild(pairs: [number, number][]): void {
    this.runsValid = false;
    pairs.sort((a, b) => a[0] - b[0]);
    this.n = 0;
    for (const [s, e] of pairs) {
      this.reserve();
      const i = this.n++;
      this.starts[i] = s;
      this.ends[i] = e;
      this.maxEnd[i] = i > 0 && this.maxEnd[i - 1] > e ? this.maxEnd[i - 1] : e;
    }
  }

  /** see Index.coverEnd */
  coverEnd(start: number, end: number): number | undefined {
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
    const rs = this.runStarts;
    const re = this.runEnds;
    const { starts, ends } = this;
    let r = 0;
    for (let i = 0; i < this.n; i++) {
      if (r > 0 && starts[i] <= re[r - 1] + 1) {
        if (ends[i] > re[r - 1]) re[r - 1] = ends[i];
      } else {
        rs[r] = starts[i];
        re[r] = ends[i];
        r++;
      }
    }
    this.runCount = r;
    this.runsValid = true;
  }

  copyFrom(o: Index4): void {
    this.runsValid = false;
    this.n = o.n;
    if (o.starts.length === 0) return;
    this.resize(o.starts.length, false);
    this.starts.set(o.starts);
    this.ends.set(o.ends);
    this.maxEnd.set(o.maxEnd);
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
  private readonly v4 = new Index4();
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
    if (list.length <= 32) {
      for (const p of list) this.index(p, false);
      return;
    }
    // many at once (the candidates a daemon held while skipping a host route): rebuild, O(n log n)
    const v4: [number, number][] = [];
    const v6: [bigint, bigint][] = [];
    for (const ps of this.held) {
      if (ps === undefined) continue;
      for (const p of Array.isArray(ps) ? ps : [ps]) {
        if (p.family === 4) v4.push([p.addr, lastAddr4(p)]);
        else v6.push([p.addr, lastAddr6(p)]);
      }
    }
    this.v4.rebuild(v4);
    this.v6.rebuild(v6);
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
